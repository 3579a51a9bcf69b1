using Governance.Grid.Domain.Cases;

namespace Governance.Grid.Tests.Domain.Cases;

internal static class CaseTestData
{
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 1, 0, 0, TimeSpan.Zero);

    public static readonly CaseUnits Units = new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

    /// <summary>Grid 10 hours, community 20, street 40; "water-leak" is faster at grid level.</summary>
    public static SlaPolicy Sla() => new(new SlaOptions
    {
        Default = new LevelDurations { Grid = TimeSpan.FromHours(10), Community = TimeSpan.FromHours(20), Street = TimeSpan.FromHours(40) },
        Categories = new(StringComparer.OrdinalIgnoreCase) { ["water-leak"] = new LevelDurations { Grid = TimeSpan.FromHours(2) } },
    });

    public static GridCase Report(FakeTimeProvider clock, string category = "road-damage", GeoPoint? location = null, string? skill = null, CaseUnits? units = null) =>
        GridCase.Report(
            new NewCase(category, "Pothole", "A deep pothole by gate 3", location, "Wang Fang", "13812345678", skill),
            units ?? Units, Sla(), "worker-1", clock.GetUtcNow());

    /// <summary>An existing case as the duplicate check reads it from the database.</summary>
    public static DuplicateCandidate Candidate(GridCase item) =>
        new(item.Id, item.Category, item.Title, item.Status, item.Level, item.GridId, item.Location, item.CreatedAt);
}
