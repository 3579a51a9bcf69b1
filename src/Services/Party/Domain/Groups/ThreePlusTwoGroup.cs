using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Http;

namespace Governance.Party.Domain.Groups;

/// <summary>The five seats of a 3+2 group: three representatives ("3") and a grid worker and a volunteer ("2").</summary>
public enum GroupRole
{
    PartyRepresentative,
    NpcDeputy,
    CppccMember,
    GridWorker,
    Volunteer,
}

/// <summary>One seat of a group; <see cref="PersonRef"/> names the person in the system that holds them (or free text).</summary>
public sealed record GroupSeat(GroupRole Role, string PersonRef);

/// <summary>A 3+2 group (3+2小组) that goes door to door in one grid.</summary>
public sealed class ThreePlusTwoGroup : IDistrictOwned
{
    public const int MaxPersonRefLength = 200;

    private ThreePlusTwoGroup()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public Guid GridUnitId { get; private set; }

    public List<GroupSeat> Members { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public static (ThreePlusTwoGroup? Group, string? Error) Create(Guid gridUnitId, IReadOnlyList<GroupSeat> members, DateTimeOffset now)
    {
        var error = CompositionError(members.Select(m => m.Role).ToList());
        return error is not null
            ? (null, error)
            : (new ThreePlusTwoGroup { Id = Guid.CreateVersion7(now), GridUnitId = gridUnitId, Members = members.ToList(), CreatedAt = now }, null);
    }

    /// <summary>Why these roles are not exactly one of each seat, naming what is missing and what is extra; null when they are.</summary>
    public static string? CompositionError(IReadOnlyList<GroupRole> roles)
    {
        var counts = Enum.GetValues<GroupRole>().ToDictionary(r => r, r => roles.Count(x => x == r));
        var missing = counts.Where(c => c.Value == 0).Select(c => WireNames.Name(c.Key)).ToList();
        var extra = counts.Where(c => c.Value > 1).Select(c => $"{c.Value - 1} extra {WireNames.Name(c.Key)}").ToList();
        if (missing.Count == 0 && extra.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add($"missing: {string.Join(", ", missing)}");
        }

        if (extra.Count > 0)
        {
            parts.Add($"too many: {string.Join(", ", extra)}");
        }

        return $"A 3+2 group has exactly one of each role ({WireNames.Names<GroupRole>()}); {string.Join("; ", parts)}.";
    }
}

/// <summary>A door visit a group made, as the grid service reported it.</summary>
public sealed class GroupVisit : IDistrictOwned
{
    public Guid VisitId { get; init; }

    public string District { get; set; } = "";

    public Guid GroupId { get; init; }

    public Guid GridId { get; init; }

    public DateTimeOffset VisitedAt { get; init; }

    public int WishCount { get; init; }
}
