using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services;

[Collection(SharedPlatform.Name)]
public class IdempotencyTests(PlatformFixture platform)
{
    private async Task<HttpResponseMessage> PostStreetAsync(string token, string key, string name, string code)
    {
        using var request = PlatformFixture.Request(HttpMethod.Post, "/api/grid/units", token, new { level = "street", name, code });
        request.Headers.Add("Idempotency-Key", key);
        return await platform.Gateway.SendAsync(request);
    }

    [Fact]
    public async Task A_retried_post_replays_the_first_response_and_creates_nothing_twice()
    {
        var token = await platform.TokenAsync("idem-district");
        var key = Guid.NewGuid().ToString();

        using var first = await PostStreetAsync(token, key, "Retry Street", "130202901");
        using var retry = await PostStreetAsync(token, key, "Retry Street", "130202901");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.True(retry.Headers.Contains("Idempotency-Replayed"));
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var retryId = (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(firstId, retryId);

        using var list = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get, "/api/grid/units?level=street", token));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var page = await list.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, page.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Reusing_a_key_for_a_different_request_is_refused()
    {
        var token = await platform.TokenAsync("lunan");
        var key = Guid.NewGuid().ToString();

        using var first = await PostStreetAsync(token, key, "Key Street", "130202902");
        using var different = await PostStreetAsync(token, key, "Another Street", "130202903");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, different.StatusCode);
    }

    [Fact]
    public async Task The_same_key_from_another_district_is_a_different_request()
    {
        var key = Guid.NewGuid().ToString();

        using var lunan = await PostStreetAsync(await platform.TokenAsync("lunan"), key, "Shared Key Street", "130202904");
        using var kaiping = await PostStreetAsync(await platform.TokenAsync("kaiping"), key, "Shared Key Street", "130202904");

        Assert.Equal(HttpStatusCode.Created, lunan.StatusCode);
        Assert.Equal(HttpStatusCode.Created, kaiping.StatusCode);
        Assert.False(kaiping.Headers.Contains("Idempotency-Replayed"));
    }
}
