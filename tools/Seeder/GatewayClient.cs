using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Seeder;

/// <summary>The calls the seeder makes, as a district administrator with a development token.</summary>
public sealed class GatewayClient(HttpClient http)
{
    private const int MaxAttempts = 30;

    private static readonly string[] AdministratorRoles = ["district-admin"];

    public static async Task<GatewayClient> ConnectAsync(HttpClient http, string district)
    {
        using var response = await http.PostAsJsonAsync("/dev/token", new { district, roles = AdministratorRoles, sub = "seeder" });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /dev/token answered {(int)response.StatusCode}: the seeder needs a gateway running in Development.");
        }

        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return new GatewayClient(http);
    }

    public async Task<bool> HasUnitsAsync()
    {
        var page = await GetAsync("/api/grid/units?pageSize=1");
        return page.GetProperty("totalCount").GetInt32() > 0;
    }

    public async Task<int> ImportAsync(IEnumerable<SyntheticUnit> units)
    {
        var collection = new
        {
            type = "FeatureCollection",
            features = units.Select(u => new
            {
                type = "Feature",
                properties = new { level = u.Level, name = u.Name, code = u.Code, parentCode = u.ParentCode },
                geometry = u.Ring is null ? null : new { type = "Polygon", coordinates = new[] { u.Ring } },
            }),
        };
        using var response = await http.PostAsJsonAsync("/api/grid/units/import", collection);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The import answered {(int)response.StatusCode}: {body}");
        }

        return body.GetProperty("created").GetInt32();
    }

    public Task<JsonElement> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<JsonElement> PostAsync(string path, object body) => SendAsync(HttpMethod.Post, path, body);

    public Task<JsonElement> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body);

    /// <summary>Sends a request, waiting out the district's rate limit (429) or a busy platform (503) as Retry-After asks.</summary>
    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            using var response = await http.SendAsync(request);
            var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (response.IsSuccessStatusCode)
            {
                return answer;
            }

            if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable) || attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {answer}");
            }

            await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
        }
    }
}
