using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace Governance.EndToEnd.Tests.Services.Open311;

/// <summary>GeoReport v2 through the gateway at /open311, without a token, in XML and JSON.</summary>
public class Open311ApiTests(PlatformFixture platform)
{
    private const string District = "open311-e2e";

    private static int grids;

    /// <summary>The district, with a grid at a point of its own; GeoReport knows a jurisdiction once it has territory.</summary>
    private async Task<(string Token, Guid Grid, (double Lon, double Lat) Inside)> DistrictAsync()
    {
        var token = await platform.TokenAsync(District);
        var (_, community) = await platform.CreateCommunityAsync(token, "Open311");
        var corner = (Lon: 117.0 + (Interlocked.Increment(ref grids) * 0.02), Lat: 39.0);
        var grid = await platform.CreateGridAsync(token, community, corner.Lon, corner.Lat);
        return (token, grid, (corner.Lon + 0.005, corner.Lat + 0.005));
    }

    private async Task<(HttpStatusCode Status, string ContentType, string Body)> GetAsync(string path)
    {
        using var response = await platform.Gateway.GetAsync(path);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Services_are_listed_anonymously_in_xml_and_json_with_the_spec_field_names()
    {
        await DistrictAsync();

        var (status, type, xml) = await GetAsync($"/open311/v2/services.xml?jurisdiction_id={District}");
        Assert.True(status == HttpStatusCode.OK, $"{status}: {xml}");
        Assert.Equal("text/xml", type);
        var services = XDocument.Parse(xml).Root!;
        Assert.Equal("services", services.Name.LocalName);
        var lights = services.Elements("service").Single(s => s.Element("service_code")!.Value == "street-lights");
        Assert.Equal(("true", "realtime", "Public facilities"), (lights.Element("metadata")!.Value, lights.Element("type")!.Value, lights.Element("group")!.Value));
        Assert.Contains("路灯", lights.Element("keywords")!.Value, StringComparison.Ordinal);
        Assert.Equal("false", services.Elements("service").Single(s => s.Element("service_code")!.Value == "road-damage").Element("metadata")!.Value);

        var (jsonStatus, jsonType, json) = await GetAsync($"/open311/v2/services.json?jurisdiction_id={District}");
        Assert.Equal((HttpStatusCode.OK, "application/json"), (jsonStatus, jsonType));
        var list = JsonDocument.Parse(json).RootElement;
        Assert.Equal(JsonValueKind.Array, list.ValueKind);
        var service = list.EnumerateArray().Single(s => s.GetProperty("service_code").GetString() == "street-lights");
        Assert.True(service.GetProperty("metadata").GetBoolean());
        Assert.Equal(["service_code", "service_name", "description", "metadata", "type", "keywords", "group"], service.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task A_service_definition_lists_its_attributes_and_values_in_xml_and_json()
    {
        await DistrictAsync();

        var (status, _, xml) = await GetAsync($"/open311/v2/services/street-lights.xml?jurisdiction_id={District}");
        Assert.True(status == HttpStatusCode.OK, $"{status}: {xml}");
        var definition = XDocument.Parse(xml).Root!;
        Assert.Equal(("service_definition", "street-lights"), (definition.Name.LocalName, definition.Element("service_code")!.Value));
        var fault = definition.Element("attributes")!.Elements("attribute").First();
        Assert.Equal(("true", "fault", "singlevaluelist", "true", "1"),
            (fault.Element("variable")!.Value, fault.Element("code")!.Value, fault.Element("datatype")!.Value, fault.Element("required")!.Value, fault.Element("order")!.Value));
        Assert.Contains(fault.Element("values")!.Elements("value"), v => v.Element("key")!.Value == "off" && v.Element("name")!.Value.Contains("不亮", StringComparison.Ordinal));

        var (_, _, json) = await GetAsync($"/open311/v2/services/street-lights.json?jurisdiction_id={District}");
        var attribute = JsonDocument.Parse(json).RootElement.GetProperty("attributes")[0];
        Assert.Equal(["variable", "code", "datatype", "required", "datatype_description", "order", "description", "values"], attribute.EnumerateObject().Select(p => p.Name));
        Assert.Equal("off", attribute.GetProperty("values")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task Errors_are_the_geo_report_error_body_with_the_http_status()
    {
        await DistrictAsync();

        var (unknownJurisdiction, _, xml) = await GetAsync("/open311/v2/services.xml?jurisdiction_id=atlantis");
        Assert.Equal(HttpStatusCode.NotFound, unknownJurisdiction);
        var error = XDocument.Parse(xml).Root!.Element("error")!;
        Assert.Equal("404", error.Element("code")!.Value);
        Assert.Contains("atlantis", error.Element("description")!.Value, StringComparison.Ordinal);

        var (missing, _, json) = await GetAsync("/open311/v2/services.json");
        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.Equal(400, JsonDocument.Parse(json).RootElement[0].GetProperty("code").GetInt32());

        var (unknownService, _, body) = await GetAsync($"/open311/v2/services/stray-dogs.json?jurisdiction_id={District}");
        Assert.Equal(HttpStatusCode.NotFound, unknownService);
        Assert.Contains("stray-dogs", JsonDocument.Parse(body).RootElement[0].GetProperty("description").GetString(), StringComparison.Ordinal);

        // What strangers send: a page whose offset overflows, years at the ends of the calendar in +08:00, NUL and bidi characters.
        foreach (var query in new[]
        {
            "page=2147483647", "start_date=0001-01-01T00:00:00%2B08:00", "end_date=9999-12-31T23:59:59%2B08:00",
            "status=%E2%80%AEopen", "service_request_id=%00", "service_code=%E2%80%AEgarbage%00", "service_code=%E2%80%AEgarbage",
        })
        {
            var (answered, _, text) = await GetAsync($"/open311/v2/requests.json?jurisdiction_id={District}&{query}");
            Assert.True(answered is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{query} answered {(int)answered}: {text}");
        }
    }

    private async Task<string> KeyAsync(string token, string name = "FixMyStreet")
    {
        var (status, issued) = await platform.SendAsync(HttpMethod.Post, "/api/grid/open311/clients", token, new { name });
        Assert.True(status == HttpStatusCode.Created, $"{status}: {issued}");
        return issued.GetProperty("apiKey").GetString()!;
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string path, HttpContent form)
    {
        using var response = await platform.Gateway.PostAsync(path, form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    [Fact]
    public async Task A_form_post_becomes_a_grid_case_whose_non_ascii_text_comes_back_intact_without_the_reporters_details()
    {
        var (token, grid, inside) = await DistrictAsync();
        var key = await KeyAsync(token);
        var lat = inside.Lat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lon = inside.Lon.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (status, xml) = await PostAsync("/open311/v2/requests.xml", Form(
            ("jurisdiction_id", District), ("api_key", key), ("service_code", "street-lights"), ("lat", lat), ("long", lon),
            ("description", "路灯不亮 outside the café"), ("address_string", "北门 café"), ("attribute[fault]", "off"),
            ("media_url", "https://photos.example.net/路灯/1.jpg"), ("first_name", "Fang"), ("last_name", "Wang"), ("email", "fang@example.org"), ("phone", "13812345678")));
        Assert.True(status == HttpStatusCode.OK, $"{status}: {xml}");
        var created = XDocument.Parse(xml).Root!.Element("request")!;
        var id = created.Element("service_request_id")!.Value;
        Assert.Contains("Grid", created.Element("service_notice")!.Value, StringComparison.Ordinal);

        var (_, caseBody) = await platform.SendAsync(HttpMethod.Get, $"/api/grid/cases/{id}", token);
        Assert.Equal(grid, caseBody.GetProperty("gridId").GetGuid());
        Assert.Equal("street-lights", caseBody.GetProperty("category").GetString());
        Assert.Equal(("北门 café", "https://photos.example.net/路灯/1.jpg"), (caseBody.GetProperty("address").GetString(), caseBody.GetProperty("mediaUrl").GetString()));

        var (_, _, one) = await GetAsync($"/open311/v2/requests/{id}.json?jurisdiction_id={District}");
        var request = JsonDocument.Parse(one).RootElement[0];
        Assert.StartsWith("路灯不亮 outside the café", request.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(("open", "street-lights", "Grid"), (request.GetProperty("status").GetString(), request.GetProperty("service_code").GetString(), request.GetProperty("agency_responsible").GetString()));
        // In the district's zone (Asia/Shanghai by default), as residents read their clocks.
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$", request.GetProperty("expected_datetime").GetString());
        Assert.EndsWith("+08:00", request.GetProperty("requested_datetime").GetString(), StringComparison.Ordinal);
        Assert.Equal(("北门 café", "https://photos.example.net/路灯/1.jpg"), (request.GetProperty("address").GetString(), request.GetProperty("media_url").GetString()));
        Assert.DoesNotContain("Fang", one, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", one, StringComparison.Ordinal);
        Assert.DoesNotContain("example.org", one, StringComparison.Ordinal);

        var (_, _, listed) = await GetAsync($"/open311/v2/requests.xml?jurisdiction_id={District}&service_code=street-lights&status=open");
        var mine = XDocument.Parse(listed).Root!.Elements("request").Single(r => r.Element("service_request_id")!.Value == id);
        Assert.Equal("open", mine.Element("status")!.Value);
        Assert.StartsWith("路灯不亮 outside the café", mine.Element("description")!.Value, StringComparison.Ordinal);
        Assert.Equal("北门 café", mine.Element("address")!.Value);
        var (_, _, closed) = await GetAsync($"/open311/v2/requests.json?jurisdiction_id={District}&status=closed&service_request_id={id}");
        Assert.Single(JsonDocument.Parse(closed).RootElement.EnumerateArray());
        var (_, _, byToken) = await GetAsync($"/open311/v2/tokens/{id}.json?jurisdiction_id={District}");
        Assert.Equal(id, JsonDocument.Parse(byToken).RootElement[0].GetProperty("service_request_id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/open311/v2/tokens/{Guid.NewGuid()}.xml?jurisdiction_id={District}")).Status);

        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(District), "jurisdiction_id" }, { new StringContent(key), "api_key" }, { new StringContent("garbage"), "service_code" },
            { new StringContent(lat), "lat" }, { new StringContent(lon), "long" }, { new StringContent("垃圾 by the café"), "description" },
        };
        var (multipartStatus, json) = await PostAsync("/open311/v2/requests.json", multipart);
        Assert.True(multipartStatus == HttpStatusCode.OK, $"{multipartStatus}: {json}");
        var multipartId = JsonDocument.Parse(json).RootElement[0].GetProperty("service_request_id").GetString();
        var (_, _, again) = await GetAsync($"/open311/v2/requests/{multipartId}.xml?jurisdiction_id={District}");
        Assert.StartsWith("垃圾 by the café", XDocument.Parse(again).Root!.Element("request")!.Element("description")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posts_need_a_valid_key_of_the_jurisdiction_a_known_service_its_required_attributes_and_a_point_in_a_grid()
    {
        var (token, _, inside) = await DistrictAsync();
        var key = await KeyAsync(token);
        var lat = inside.Lat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lon = inside.Lon.ToString(System.Globalization.CultureInfo.InvariantCulture);
        (string, string)[] Fields(string apiKey, string service, string latitude, params (string, string)[] more) =>
            [("jurisdiction_id", District), ("api_key", apiKey), ("service_code", service), ("lat", latitude), ("long", lon), ("description", "x"), .. more];

        async Task<(HttpStatusCode Status, string Description)> Refused(params (string, string)[] fields)
        {
            var (status, body) = await PostAsync("/open311/v2/requests.xml", Form(fields));
            Assert.True(body.StartsWith('<'), $"{(int)status}: {body}");
            return (status, XDocument.Parse(body).Root!.Element("error")!.Element("description")!.Value);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await Refused(Fields(key, "street-lights", lat))).Status);
        Assert.Contains("fault", (await Refused(Fields(key, "street-lights", lat))).Description, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await Refused(Fields(key, "street-lights", lat, ("attribute[fault]", "exploded")))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Refused(Fields(key, "stray-dogs", lat))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Refused(Fields(key, "garbage", "10.0"))).Status);
        Assert.Contains("media_url", (await Refused(Fields(key, "garbage", lat, ("media_url", "javascript:alert(1)")))).Description, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await Refused(Fields("o311_not-a-key", "garbage", lat))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Refused(("jurisdiction_id", District), ("service_code", "garbage"))).Status);
        Assert.Equal((HttpStatusCode.BadRequest, true), await Refused(Fields(key, "garbage", lat, ("address_string", "North\0Gate"))) is var nul
            ? (nul.Status, nul.Description.Contains("address_string", StringComparison.Ordinal)) : default);

        var otherKey = await KeyAsync(await platform.TokenAsync("open311-e2e-other"), "Elsewhere");
        Assert.Equal(HttpStatusCode.Forbidden, (await Refused(Fields(otherKey, "garbage", lat))).Status);

        var (_, clients) = await platform.SendAsync(HttpMethod.Get, "/api/grid/open311/clients", token);
        foreach (var client in clients.EnumerateArray())
        {
            await platform.SendAsync(HttpMethod.Delete, $"/api/grid/open311/clients/{client.GetProperty("id").GetGuid()}", token);
        }

        var (revoked, why) = await Refused(Fields(key, "garbage", lat));
        Assert.Equal(HttpStatusCode.Forbidden, revoked);
        Assert.Contains("revoked", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_that_climbs_by_sla_shows_the_community_as_responsible_and_its_history_as_updates_and_a_resident_reopens_it()
    {
        var (token, _, inside) = await DistrictAsync();
        var key = await KeyAsync(token);
        // The fixture gives "e2e-climb" a two-second grid-level deadline and an hour at community level.
        await platform.DefineCategoryAsync(token, "e2e-climb");
        var (_, posted) = await PostAsync("/open311/v2/requests.json", Form(
            ("jurisdiction_id", District), ("api_key", key), ("service_code", "e2e-climb"),
            ("lat", inside.Lat.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("long", inside.Lon.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("description", "Nobody came")));
        var id = JsonDocument.Parse(posted).RootElement[0].GetProperty("service_request_id").GetString();

        JsonElement request = default;
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var (_, _, body) = await GetAsync($"/open311/v2/requests/{id}.json?jurisdiction_id={District}");
            request = JsonDocument.Parse(body).RootElement[0];
            if (request.GetProperty("agency_responsible").GetString() == "Open311 Community")
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(("Open311 Community", "open"), (request.GetProperty("agency_responsible").GetString(), request.GetProperty("status").GetString()));

        var (status, _, xml) = await GetAsync($"/open311/v2/servicerequestupdates.xml?jurisdiction_id={District}");
        Assert.True(status == HttpStatusCode.OK, $"{status}: {xml}");
        Assert.Equal("service_requests_updates", XDocument.Parse(xml).Root!.Name.LocalName);
        var escalation = XDocument.Parse(xml).Root!.Elements("request_update").Single(u => u.Element("service_request_id")!.Value == id);
        Assert.Equal(("open", $"{id}-2"), (escalation.Element("status")!.Value, escalation.Element("update_id")!.Value));
        Assert.Contains("escalate", escalation.Element("description")!.Value, StringComparison.Ordinal);

        foreach (var action in new[] { "accept", "start" })
        {
            await platform.SendAsync(HttpMethod.Post, $"/api/grid/cases/{id}/{action}", token);
        }

        await platform.SendAsync(HttpMethod.Post, $"/api/grid/cases/{id}/resolve", token, new { resolution = "Lamp replaced" });
        var (_, _, resolved) = await GetAsync($"/open311/v2/requests/{id}.json?jurisdiction_id={District}");
        Assert.Equal("closed", JsonDocument.Parse(resolved).RootElement[0].GetProperty("status").GetString());

        var (unknownStatus, refusal) = await PostAsync("/open311/v2/servicerequestupdates.json", Form(
            ("jurisdiction_id", District), ("api_key", key), ("service_request_id", id!), ("status", "resolved"), ("description", "?")));
        Assert.Equal(HttpStatusCode.BadRequest, unknownStatus);
        Assert.Contains("reopen", refusal, StringComparison.Ordinal);

        // FixMyStreet's extended statuses: REOPEN says the problem is back.
        var (reopened, answer) = await PostAsync("/open311/v2/servicerequestupdates.json", Form(
            ("jurisdiction_id", District), ("api_key", key), ("service_request_id", id!), ("update_id_ext", "fms-1"), ("status", "REOPEN"),
            ("description", "Still dark at the café, 路灯不亮"), ("updated_datetime", "2026-11-30T09:15:00+08:00"), ("first_name", "Fang")));
        Assert.True(reopened == HttpStatusCode.OK, $"{reopened}: {answer}");
        Assert.Equal($"{id}-6", JsonDocument.Parse(answer).RootElement[0].GetProperty("update_id").GetString());

        var (_, _, json) = await GetAsync($"/open311/v2/servicerequestupdates.json?jurisdiction_id={District}");
        var last = JsonDocument.Parse(json).RootElement.EnumerateArray().Last(u => u.GetProperty("service_request_id").GetString() == id);
        Assert.Equal(("open", $"{id}-6"), (last.GetProperty("status").GetString(), last.GetProperty("update_id").GetString()));
        Assert.Contains("Still dark at the café, 路灯不亮", last.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Fang", json, StringComparison.Ordinal);

        // The reopening is announced at the community level with its fresh deadline; an Open311 report has no
        // reporting account, and the resident's words stay in the grid.
        const string Announced = "SELECT count(*) FROM outbox_messages WHERE \"AggregateId\" = $1 AND \"MessageType\" LIKE ";
        Assert.Equal(1, await platform.App.CountAsync("grid-db", Announced + "'%case-reopened%' AND (\"Payload\" ->> 'level') = 'community'"
            + " AND (\"Payload\" ->> 'band') = 'green' AND (\"Payload\" ->> 'reporterAccount') IS NULL AND \"Payload\"::text NOT LIKE '%Still dark%'", id!));
        Assert.Equal(1, await platform.App.CountAsync("grid-db", Announced + "'%case-accepted%' AND (\"Payload\" ->> 'reporterAccount') IS NULL", id!));
    }

    [Fact]
    public async Task The_discovery_document_points_at_the_v2_endpoint_in_both_formats()
    {
        var (status, _, xml) = await GetAsync("/open311/discovery.xml");
        Assert.True(status == HttpStatusCode.OK, $"{status}: {xml}");
        var endpoint = XDocument.Parse(xml).Root!.Element("endpoints")!.Element("endpoint")!;
        Assert.EndsWith("/open311/v2", endpoint.Element("url")!.Value, StringComparison.Ordinal);
        Assert.Equal(["text/xml", "application/json"], endpoint.Element("formats")!.Elements("format").Select(f => f.Value));

        var (_, _, json) = await GetAsync("/open311/discovery.json");
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", JsonDocument.Parse(json).RootElement.GetProperty("endpoints")[0].GetProperty("specification").GetString());
    }
}
