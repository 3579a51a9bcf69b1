using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Governance.EndToEnd.Tests.Services;
using Npgsql;

namespace Governance.EndToEnd.Tests.Outages;

/// <summary>
/// A district of its own for one fault: its territory, the load's request mix, and the count of
/// what the load's writes left in the grid database afterwards.
/// </summary>
public sealed class OutageDistrict
{
    /// <summary>
    /// Twenty requests in turn: 8 case lists, 5 case reports and 2 new streets (each through a domain service and
    /// its database), 2 gateway health probes, 2 development tokens and 1 merged API document (none needs a database).
    /// </summary>
    private static readonly LoadRequestKind[] Mix =
    [
        LoadRequestKind.ListCases, LoadRequestKind.ReportCase, LoadRequestKind.ListCases, LoadRequestKind.GatewayHealth,
        LoadRequestKind.CreateStreet, LoadRequestKind.ListCases, LoadRequestKind.ReportCase, LoadRequestKind.DevToken,
        LoadRequestKind.ListCases, LoadRequestKind.ReportCase, LoadRequestKind.ListCases, LoadRequestKind.ApiDocument,
        LoadRequestKind.ReportCase, LoadRequestKind.ListCases, LoadRequestKind.GatewayHealth, LoadRequestKind.CreateStreet,
        LoadRequestKind.ListCases, LoadRequestKind.ReportCase, LoadRequestKind.DevToken, LoadRequestKind.ListCases,
    ];

    /// <summary>How long a client keeps retrying a write once the fault is over.</summary>
    private static readonly TimeSpan RetryPatience = TimeSpan.FromSeconds(20);

    private readonly PlatformFixture platform;
    private readonly Guid grid;

    private OutageDistrict(PlatformFixture platform, string name, string token, Guid grid)
    {
        this.platform = platform;
        this.grid = grid;
        Name = name;
        Token = token;
    }

    public string Name { get; }

    public string Token { get; }

    public static async Task<OutageDistrict> CreateAsync(PlatformFixture platform, string name)
    {
        var token = await platform.TokenAsync(name, ["district-admin"], "e2e-outage");
        var (_, community) = await platform.CreateCommunityAsync(token, "Outage");
        var grid = await platform.CreateGridAsync(token, community, 118.30, 39.70);
        return new OutageDistrict(platform, name, token, grid);
    }

    public LoadRequest Next(int sequence)
    {
        var unique = sequence.ToString("D5", CultureInfo.InvariantCulture);
        return Mix[sequence % Mix.Length] switch
        {
            LoadRequestKind.ListCases => new(sequence, LoadRequestKind.ListCases, HttpMethod.Get, $"/api/grid/cases?unitId={grid}&pageSize=5", null),
            // Each case needs a skill, so the volunteer service answers it: an effect that crosses the broker twice.
            LoadRequestKind.ReportCase => Write(sequence, LoadRequestKind.ReportCase, "/api/grid/cases", $"Outage case {unique}", title => new
            {
                category = "road-damage", title, description = "A pothole by the north gate.", gridId = grid,
                reporter = new { name = "Li Na", phone = "13800001111" }, requiredSkill = "legal",
            }),
            LoadRequestKind.CreateStreet => Write(sequence, LoadRequestKind.CreateStreet, "/api/grid/units", $"Outage street {unique}",
                name => new { level = "street", name, code = $"OUT-{unique}" }),
            LoadRequestKind.GatewayHealth => new(sequence, LoadRequestKind.GatewayHealth, HttpMethod.Get, "/health", null),
            LoadRequestKind.DevToken => new(sequence, LoadRequestKind.DevToken, HttpMethod.Post, "/dev/token",
                JsonSerializer.Serialize(new { district = Name, roles = new[] { "district-admin" }, sub = "e2e-outage" })),
            _ => new(sequence, LoadRequestKind.ApiDocument, HttpMethod.Get, "/openapi/governance.json", null),
        };
    }

    private static LoadRequest Write(int sequence, LoadRequestKind kind, string path, string entity, Func<string, object> body) =>
        new(sequence, kind, HttpMethod.Post, path, JsonSerializer.Serialize(body(entity)), Guid.NewGuid().ToString(), entity);

    /// <summary>
    /// Retries, as a client would, every write of the load that got no definite answer (no answer, 5xx,
    /// 409 still in progress, 429), with its own Idempotency-Key and body, until it gets one or patience runs out.
    /// Returns the final result of each write.
    /// </summary>
    public async Task<IReadOnlyList<WriteOutcome>> SettleWritesAsync(IReadOnlyList<LoadResult> results)
    {
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<WriteOutcome>();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(results.Where(r => r.Request.IsWrite), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (first, cancellationToken) =>
        {
            var last = first;
            var retries = 0;
            while (NeedsRetry(last) && watch.Elapsed < RetryPatience)
            {
                if (retries > 0)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                }

                retries++;
                last = await SteadyLoad.SendOnceAsync(platform.Gateway, first.Request, Token, first.SentAt);
            }

            outcomes.Add(new WriteOutcome(first.Request, first.SentAt, first.Status, last.Status, retries));
        });
        return outcomes.ToList();
    }

    private static bool NeedsRetry(LoadResult result) => result.Status is 0 or >= 500 or 409 or 429;

    /// <summary>How many rows each write's unique name has in the grid database (cases by title, units by name).</summary>
    public async Task<IReadOnlyDictionary<string, long>> EntityCountsAsync()
    {
        await using var connection = new NpgsqlConnection(await platform.App.GetConnectionStringAsync("grid-db") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT "Title", count(*) FROM cases WHERE "District" = $1 GROUP BY "Title"
            UNION ALL
            SELECT "Name", count(*) FROM territorial_units WHERE "District" = $1 GROUP BY "Name"
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = Name });
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <summary>Cases of the district whose request for help the volunteer service has answered (either way).</summary>
    public Task<long> AnsweredCasesAsync() => platform.App.CountAsync("grid-db",
        """SELECT count(*) FROM cases WHERE "District" = $1 AND "Assistance"->>'Status' IN ('Assigned', 'Unmatched')""", Name);
}

/// <summary>A write of the load: when it was first sent and what that got, what its last retry got, and how many retries it took.</summary>
public sealed record WriteOutcome(LoadRequest Request, TimeSpan SentAt, int FirstStatus, int FinalStatus, int Retries)
{
    public bool Accepted => FinalStatus is >= 200 and < 300;
}
