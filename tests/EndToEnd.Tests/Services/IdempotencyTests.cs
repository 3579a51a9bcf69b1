using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.EndToEnd.Tests.Services;

[Collection(SharedDistricts.Name)]
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

    [Fact]
    public async Task The_key_is_kept_in_the_services_own_database_with_the_response()
    {
        var token = await platform.TokenAsync("idem-stored", sub: "e2e-idem-stored");
        var key = Guid.NewGuid().ToString();

        using var created = await PostStreetAsync(token, key, "Stored Key Street", "130202905");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(1, await platform.App.CountAsync("grid-db",
            "SELECT count(*) FROM idempotency_records WHERE \"Scope\" = $1 AND \"Key\" = $2 AND \"Status\" = 201",
            "idem-stored:e2e-idem-stored", key));
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_create_one_street_and_every_answer_says_so()
    {
        var token = await platform.TokenAsync("idem-race");
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await PostStreetAsync(token, key, "Race Street", "130202906");
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        // 201 (first or replayed), 409 (applied by another of them), or 503 (nothing changed, retry): never a second street.
        Assert.All(answers, answer => Assert.True(
            answer.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict or HttpStatusCode.ServiceUnavailable,
            $"answered {(int)answer.StatusCode}: {answer.Body}"));
        using var retry = await PostStreetAsync(token, key, "Race Street", "130202906");
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.True(retry.Headers.Contains("Idempotency-Replayed"));
        using var list = await platform.Gateway.SendAsync(PlatformFixture.Request(HttpMethod.Get, "/api/grid/units?level=street", token));
        Assert.Equal(1, (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_request_that_changed_nothing_leaves_its_key_free_for_the_corrected_request()
    {
        var token = await platform.TokenAsync("idem-corrected");
        var key = Guid.NewGuid().ToString();

        using var refused = await PostStreetAsync(token, key, "", "130202907");
        using var corrected = await PostStreetAsync(token, key, "Corrected Street", "130202907");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.False(corrected.Headers.Contains("Idempotency-Replayed"));
    }
}
