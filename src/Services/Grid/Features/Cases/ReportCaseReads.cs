using Governance.Grid.Data;
using Governance.Grid.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Governance.Grid.Features.Cases;

/// <summary>
/// What reporting a case reads: the district's territory revision, whether the district defined the
/// category itself (else only a default category is known) and the duplicate check's candidates.
/// </summary>
internal sealed record ReportCaseReads(long TerritoryRevision, bool DistrictDefinesCategory, IReadOnlyList<DuplicateCandidate> Candidates)
{
    /// <summary>The newest this many candidates are weighed; a neighbourhood rarely holds more open cases of one category.</summary>
    public const int MaxCandidates = 200;

    private const string RevisionSql = """SELECT "Revision" FROM territory_revisions WHERE "District" = $1""";

    private static readonly string CategorySql = $"""SELECT 1 FROM {CategoryConfiguration.Table} WHERE "District" = $1 AND "Code" = $2""";

    private const string CandidateColumns = """SELECT "Id", "Category", "Title", "Status", "Level", "GridId", "Latitude", "Longitude", "CreatedAt" FROM cases""";

    // Open cases of the category in the bounding box (IX_cases_open_located), or without a location
    // in the reported grid (IX_cases_open_unlocated). The old "grid OR box" form read every open case
    // of the grid and the whole latitude band of every category and status.
    private static readonly string NearbySql = $"""
        {CandidateColumns}
        WHERE "District" = $1 AND "Category" = $2 AND {CaseConfiguration.OpenFilter}
          AND (("Latitude" BETWEEN $3 AND $4 AND "Longitude" BETWEEN $5 AND $6) OR ("Latitude" IS NULL AND "GridId" = $7))
        ORDER BY "CreatedAt" DESC LIMIT {MaxCandidates}
        """;

    // Without a location the grid is as near as it gets (IX_cases_open_by_grid, newest first).
    private static readonly string SameGridSql = $"""
        {CandidateColumns}
        WHERE "District" = $1 AND "GridId" = $2 AND "Category" = $3 AND {CaseConfiguration.OpenFilter}
        ORDER BY "CreatedAt" DESC LIMIT {MaxCandidates}
        """;

    /// <summary>
    /// Reads the revision, the category's definition by the district and, when <paramref name="reported"/> is given, its candidates, in one
    /// round trip of prepared statements on the context's open connection. Through EF these were
    /// three queries (revision, ladder, candidates with their history) planned afresh each time.
    /// </summary>
    public static async Task<ReportCaseReads> RunAsync(
        GridDbContext db, string district, string category, GridCase? reported, double radiusMeters, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection());
        batch.BatchCommands.Add(Command(RevisionSql, district));
        batch.BatchCommands.Add(Command(CategorySql, district, category));
        if (reported?.Location is { } here)
        {
            var (minLat, maxLat, minLon, maxLon) = here.BoundingBox(radiusMeters);
            batch.BatchCommands.Add(Command(NearbySql, district, reported.Category, minLat, maxLat, minLon, maxLon, reported.GridId));
        }
        else if (reported is not null)
        {
            batch.BatchCommands.Add(Command(SameGridSql, district, reported.GridId, reported.Category));
        }

        // Prepared once per pooled connection, then reused: the planner no longer runs per report.
        await batch.PrepareAsync(cancellationToken);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var revision = await reader.ReadAsync(cancellationToken) ? reader.GetInt64(0) : 0;
        await reader.NextResultAsync(cancellationToken);
        var districtDefinesCategory = await reader.ReadAsync(cancellationToken);
        var candidates = new List<DuplicateCandidate>();
        if (await reader.NextResultAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                candidates.Add(new DuplicateCandidate(
                    reader.GetGuid(0), reader.GetString(1), reader.GetString(2),
                    Enum.Parse<CaseStatus>(reader.GetString(3)), Enum.Parse<CaseLevel>(reader.GetString(4)), reader.GetGuid(5),
                    reader.IsDBNull(6) || reader.IsDBNull(7) ? null : new GeoPoint(reader.GetDouble(6), reader.GetDouble(7)),
                    reader.GetFieldValue<DateTimeOffset>(8)));
            }
        }

        return new ReportCaseReads(revision, districtDefinesCategory, candidates);
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
