using System.Text.Json;

namespace Governance.EndToEnd.Tests.Outages;

/// <summary>One answer of a <c>/health</c> endpoint: its HTTP status (0 when none came), overall status and each entry's status.</summary>
internal sealed record HealthReading(string Source, int Status, string? Overall, IReadOnlyDictionary<string, string> Entries)
{
    /// <summary>Longer than the gateway's 5 s per downstream probe, so a slow answer is still read rather than taken for none.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(7);

    public static async Task<HealthReading> ReadAsync(string source, HttpClient client)
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            using var response = await client.GetAsync("/health", timeout.Token);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(timeout.Token)).RootElement;
            var entries = body.TryGetProperty("entries", out var listed)
                ? listed.EnumerateObject().ToDictionary(e => e.Name, e => e.Value.GetProperty("status").GetString() ?? "")
                : [];
            return new HealthReading(source, (int)response.StatusCode, body.GetProperty("status").GetString(), entries);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or JsonException or KeyNotFoundException)
        {
            return new HealthReading(source, 0, null, new Dictionary<string, string>());
        }
    }

    public string? Entry(string name) => Entries.GetValueOrDefault(name);

    public override string ToString() =>
        $"{Source} /health: {(Status == 0 ? "no answer" : Status)} {Overall} [{string.Join(", ", Entries.Select(e => $"{e.Key}={e.Value}"))}]";
}
