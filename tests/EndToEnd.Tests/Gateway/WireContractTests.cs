using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Governance.EndToEnd.Tests.Services;
using Governance.EndToEnd.Tests.Services.Events;

namespace Governance.EndToEnd.Tests.Gateway;

/// <summary>
/// What a frontend developer meets on ordinary mistakes, through the gateway: field-named errors,
/// any time offset, refused control characters, UTF-8 headers, problem+json for every error and
/// the security headers.
/// </summary>
public class WireContractTests(PlatformFixture platform)
{
    private const string District = "wire-contract";

    private Task<string> AdminAsync() => platform.TokenAsync(District, ["district-admin"], "wire-admin");

    private static async Task<(HttpStatusCode Status, string MediaType, JsonElement Body)> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "", text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private async Task<(HttpStatusCode Status, string MediaType, JsonElement Body)> PostRawAsync(string path, string token, string json)
    {
        using var request = PlatformFixture.Request(HttpMethod.Post, path, token);
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await platform.Gateway.SendAsync(request);
        return await ReadAsync(response);
    }

    /// <summary>A community the events service already knows, in a district of the test's own.</summary>
    private async Task<(string Token, Guid Community)> EventsTerritoryAsync(string district)
    {
        var scenario = new EventsScenario(platform, district);
        await scenario.BuildAsync(lon: 116.0);
        return (scenario.Admin, scenario.Community);
    }

    private static string[] Messages(JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public async Task An_unknown_enum_value_is_400_naming_the_field_and_the_allowed_values()
    {
        var (status, mediaType, problem) = await PostRawAsync("/api/grid/units", await AdminAsync(), """{"level":"province","name":"X"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal(["'level' must be one of: street, community, grid, building."], Messages(problem, "level"));
    }

    [Fact]
    public async Task A_wrong_type_and_a_bad_guid_name_their_fields()
    {
        var token = await AdminAsync();

        var (typeStatus, _, typeProblem) = await PostRawAsync("/api/grid/units", token, """{"level":"street","name":42}""");
        var (guidStatus, _, guidProblem) = await PostRawAsync("/api/grid/units", token, """{"level":"community","name":"C","parentId":"nope"}""");

        Assert.Equal(HttpStatusCode.BadRequest, typeStatus);
        Assert.Equal(["'name' must be a string."], Messages(typeProblem, "name"));
        Assert.Equal(HttpStatusCode.BadRequest, guidStatus);
        Assert.Contains("GUID", Messages(guidProblem, "parentId")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_list_is_400_naming_it_not_a_server_error()
    {
        var (status, _, problem) = await PostRawAsync("/api/volunteers", await AdminAsync(), "{}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any(), problem.ToString());
    }

    [Fact]
    public async Task A_timestamp_in_china_time_is_accepted_and_answered_in_utc()
    {
        var (token, community) = await EventsTerritoryAsync("wire-offsets");

        var (status, _, activity) = await PostRawAsync("/api/events", token, $$"""
            {"title":"Lecture","kind":"lecture","organizerUnitId":"{{community}}","partners":[],"venue":"Hall",
             "startsAt":"2030-05-01T10:00:00+08:00","endsAt":"2030-05-01T12:00:00+08:00","capacity":10,"audience":[],"staffing":[]}
            """);

        Assert.True(status == HttpStatusCode.Created, $"{(int)status}: {activity}");
        Assert.Equal(new DateTimeOffset(2030, 5, 1, 2, 0, 0, TimeSpan.Zero), activity.GetProperty("startsAt").GetDateTimeOffset());
        Assert.EndsWith("+00:00", activity.GetProperty("startsAt").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Xuefeng\\u0000Street", "control character U+0000")]
    [InlineData("Xuefeng\\u202EteertS", "bidirectional control U+202E")]
    public async Task Control_and_bidi_characters_are_422_naming_the_field(string name, string reason)
    {
        var (status, mediaType, problem) = await PostRawAsync("/api/grid/units", await AdminAsync(), $$"""{"level":"street","name":"{{name}}"}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Contains(reason, Messages(problem, "name")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_in_year_0001_or_9999_are_422()
    {
        var (token, community) = await EventsTerritoryAsync("wire-dates");

        var (status, _, problem) = await PostRawAsync("/api/events", token, $$"""
            {"title":"Lecture","kind":"lecture","organizerUnitId":"{{community}}","partners":[],"venue":"Hall",
             "startsAt":"9999-12-31T10:00:00Z","endsAt":"9999-12-31T12:00:00Z","capacity":10,"audience":[],"staffing":[]}
            """);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("between 1900-01-01 and 2200-12-31", Messages(problem, "startsAt")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_that_ends_before_it_starts_is_named_by_its_index()
    {
        var (token, community) = await EventsTerritoryAsync("wire-sessions");

        var (status, _, problem) = await PostRawAsync("/api/events", token, $$"""
            {"title":"Course","kind":"lecture","organizerUnitId":"{{community}}","partners":[],"venue":"Hall",
             "startsAt":"2030-05-01T08:00:00Z","endsAt":"2030-05-01T12:00:00Z","capacity":10,"audience":[],"staffing":[],
             "sessions":[{"startsAt":"2030-05-01T08:00:00Z","endsAt":"2030-05-01T09:00:00Z"},{"startsAt":"2030-05-01T11:00:00Z","endsAt":"2030-05-01T10:00:00Z"}]}
            """);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("must be after", Messages(problem, "sessions[1].endsAt")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_page_number_is_400_naming_page()
    {
        var (status, body) = await platform.SendAsync(HttpMethod.Get, "/api/grid/units?page=2147483647&pageSize=200", await AdminAsync());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("page", out _), body.ToString());
    }

    [Fact]
    public async Task A_query_value_that_cannot_be_read_is_400_naming_it()
    {
        var (status, body) = await platform.SendAsync(HttpMethod.Get, "/api/grid/units?page=abc", await AdminAsync());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["'page' must be a whole number."], Messages(body, "page"));
    }

    [Fact]
    public async Task Utf8_header_values_pass_and_a_non_ascii_idempotency_key_is_400()
    {
        using var handler = new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 };
        using var client = new HttpClient(handler) { BaseAddress = platform.Gateway.BaseAddress };
        var token = await AdminAsync();

        using var note = PlatformFixture.Request(HttpMethod.Get, "/api/grid/me", token);
        note.Headers.TryAddWithoutValidation("X-Client-Note", "网格员 Zhang");
        using var passed = await client.SendAsync(note);

        using var keyed = PlatformFixture.Request(HttpMethod.Post, "/api/grid/units", token, new { level = "street", name = "Keyed Street" });
        keyed.Headers.TryAddWithoutValidation("Idempotency-Key", "键-1");
        var (keyStatus, keyMediaType, _) = await ReadAsync(await client.SendAsync(keyed));

        Assert.Equal(HttpStatusCode.OK, passed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, keyStatus);
        Assert.Equal("application/problem+json", keyMediaType);
    }

    [Fact]
    public async Task Over_long_targets_and_headers_are_problems_not_empty_answers()
    {
        var token = await AdminAsync();
        using var longTarget = PlatformFixture.Request(HttpMethod.Get, "/api/grid/units?name=" + new string('a', 10_000), token);
        using var longHeaders = PlatformFixture.Request(HttpMethod.Get, "/api/grid/units", token);
        longHeaders.Headers.Add("X-Padding", new string('b', 40_000));

        var (targetStatus, targetType, _) = await ReadAsync(await platform.Gateway.SendAsync(longTarget));
        var (headerStatus, headerType, _) = await ReadAsync(await platform.Gateway.SendAsync(longHeaders));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, targetStatus);
        Assert.Equal("application/problem+json", targetType);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, headerStatus);
        Assert.Equal("application/problem+json", headerType);
    }

    [Fact]
    public async Task Answers_carry_the_security_headers_and_no_server_header()
    {
        using var response = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get, "/api/grid/units", await AdminAsync()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl?.NoStore, response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.Contains("Server"));
    }
}
