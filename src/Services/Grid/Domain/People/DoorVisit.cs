using Governance.BuildingBlocks.Data;

namespace Governance.Grid.Domain.People;

/// <summary>Who visited: the members of a 3+2 group (3 representatives, a grid worker and a volunteer).</summary>
public enum VisitorRole
{
    PartyRepresentative,
    NpcDeputy,
    CppccMember,
    GridWorker,
    Volunteer,
}

public sealed record Visitor(string Name, VisitorRole Role);

public sealed record WishInput(string Description, WishCategory Category, DateTimeOffset? Deadline);

/// <summary>A door visit (上门走访) to a household by a 3+2 group or a grid worker, with the micro-wishes voiced there.</summary>
public sealed class DoorVisit : IDistrictOwned
{
    public const int MaxVisitors = 20;
    public const int MaxWishes = 20;
    public const int MaxNotesLength = 2000;
    public const int MaxVisitorNameLength = 100;

    /// <summary>Clocks of phones and servers disagree a little; a visit a few minutes "ahead" is not in the future.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly List<Visitor> visitors = [];
    private readonly List<MicroWish> wishes = [];

    private DoorVisit()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public Guid HouseholdId { get; private set; }

    public Guid BuildingId { get; private set; }

    public Guid GridId { get; private set; }

    public DateTimeOffset VisitedAt { get; private set; }

    /// <summary>The party service's 3+2 group, when a group visited; not checked here, the party service owns groups.</summary>
    public Guid? GroupId { get; private set; }

    public Guid? WorkerId { get; private set; }

    public string? Notes { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public IReadOnlyList<Visitor> Visitors => visitors;

    public IReadOnlyList<MicroWish> Wishes => wishes;

    /// <summary>Records a visit, or says which rule it breaks.</summary>
    public static (DoorVisit? Visit, string? Error) Record(
        Household household, DateTimeOffset visitedAt, IReadOnlyCollection<Visitor> visitors, Guid? groupId, Guid? workerId,
        string? notes, IReadOnlyCollection<WishInput> wishes, DateTimeOffset now)
    {
        if (visitors.Count == 0)
        {
            return (null, "A door visit needs at least one visitor.");
        }

        if (groupId is null && workerId is null)
        {
            return (null, "A door visit is made by a 3+2 group (groupId) or a grid worker (workerId); name at least one.");
        }

        if (visitedAt > now + ClockSkew)
        {
            return (null, "visitedAt lies in the future; record a visit once it has happened.");
        }

        if (wishes.Any(w => w.Deadline is { } deadline && deadline < visitedAt))
        {
            return (null, "A wish's deadline cannot be earlier than the visit at which it was voiced.");
        }

        var visit = new DoorVisit
        {
            Id = Guid.CreateVersion7(now),
            District = household.District,
            HouseholdId = household.Id,
            BuildingId = household.BuildingId,
            GridId = household.GridId,
            VisitedAt = visitedAt,
            GroupId = groupId,
            WorkerId = workerId,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
            RecordedAt = now,
        };
        visit.visitors.AddRange(visitors.Select(v => v with { Name = v.Name.Trim() }));
        visit.wishes.AddRange(wishes.Select(w => new MicroWish(Guid.CreateVersion7(now), w.Description.Trim(), w.Category, w.Deadline)));
        return (visit, null);
    }

    public MicroWish? Wish(Guid wishId) => wishes.FirstOrDefault(w => w.Id == wishId);
}
