namespace Governance.Grid.Domain.Cases;

/// <summary>Help a case needs from volunteers with a skill, as far as the volunteer service has answered.</summary>
public sealed class CaseAssistance
{
    private CaseAssistance()
    {
    }

    public string Skill { get; private set; } = "";

    public AssistanceStatus Status { get; private set; }

    public List<AssignedVolunteerInfo> Volunteers { get; private set; } = [];

    public string? Reason { get; private set; }

    /// <summary>When the latest answer happened; an older answer arriving late changes nothing.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public static CaseAssistance Requested(string skill, DateTimeOffset now) =>
        new() { Skill = skill, Status = AssistanceStatus.Requested, UpdatedAt = now };

    /// <summary>
    /// Shows the need's current volunteers: every answer carries the whole list, so a volunteer released
    /// by a coordinator leaves it, and with nobody left the help is wanted again. False when the answer is stale.
    /// </summary>
    public bool Assign(IEnumerable<AssignedVolunteerInfo> volunteers, DateTimeOffset occurredAt)
    {
        if (occurredAt < UpdatedAt)
        {
            return false;
        }

        var current = volunteers.ToList();
        Volunteers.RemoveAll(v => current.All(c => c.VolunteerId != v.VolunteerId));
        var known = Volunteers.Select(v => v.VolunteerId).ToHashSet();
        Volunteers.AddRange(current.Where(v => known.Add(v.VolunteerId)));
        Status = Volunteers.Count > 0 ? AssistanceStatus.Assigned : AssistanceStatus.Requested;
        Reason = null;
        UpdatedAt = occurredAt;
        return true;
    }

    /// <summary>No (more) volunteers could be found; volunteers already assigned stay assigned. False when the answer is stale.</summary>
    public bool Unmatched(string reason, DateTimeOffset occurredAt)
    {
        if (occurredAt < UpdatedAt)
        {
            return false;
        }

        Reason = reason;
        Status = Volunteers.Count > 0 ? AssistanceStatus.Assigned : AssistanceStatus.Unmatched;
        UpdatedAt = occurredAt;
        return true;
    }
}

public sealed record AssignedVolunteerInfo(Guid VolunteerId, string Name);
