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
