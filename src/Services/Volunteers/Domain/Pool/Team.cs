using Governance.BuildingBlocks.Data;

namespace Governance.Volunteers.Domain.Pool;

/// <summary>A volunteer team (e.g. 红色帮帮团, 老帮老) of a community or grid, serving its focus groups.</summary>
public sealed class Team : IDistrictOwned
{
    public const int MaxNameLength = 100;

    private readonly List<TeamMember> members = [];

    private Team()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public string Name { get; private set; } = "";

    public Guid HomeUnitId { get; private set; }

    public List<FocusGroup> Focus { get; private set; } = [];

    public IReadOnlyList<TeamMember> Members => members;

    public DateTimeOffset CreatedAt { get; private set; }

    public static Team Create(string name, Guid homeUnitId, IEnumerable<FocusGroup> focus, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Name = name.Trim(),
        HomeUnitId = homeUnitId,
        Focus = [.. focus.Distinct().Order()],
        CreatedAt = now,
    };

    /// <summary>Adds a member; false when they already belong to the team.</summary>
    public bool Join(Guid volunteerId, DateTimeOffset now)
    {
        if (members.Any(m => m.VolunteerId == volunteerId))
        {
            return false;
        }

        members.Add(new TeamMember(volunteerId, now));
        return true;
    }

    public bool Leave(Guid volunteerId) => members.RemoveAll(m => m.VolunteerId == volunteerId) > 0;
}

public sealed class TeamMember
{
    internal TeamMember(Guid volunteerId, DateTimeOffset joinedAt)
    {
        VolunteerId = volunteerId;
        JoinedAt = joinedAt;
    }

    public Guid VolunteerId { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }
}
