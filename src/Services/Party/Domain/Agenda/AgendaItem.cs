using Governance.BuildingBlocks.Data;

namespace Governance.Party.Domain.Agenda;

/// <summary>How much of an escalated case's time at its level is left, as the grid service bands it.</summary>
public enum AgendaBand
{
    Green,
    Amber,
    Red,
}

public enum AgendaItemStatus
{
    Open,
    Closed,
}

/// <summary>
/// An escalated case on a committee's agenda: a community-level case on the community's big party
/// committee, a street-level one on the street working committee. When no committee exists yet for
/// the responsible unit the item waits unassigned and is attached when that committee is created.
/// </summary>
public sealed class AgendaItem : IDistrictOwned
{
    /// <summary>Amber and red start when 25% and 10% of the time at the level are left (the grid service's bands).</summary>
    private const double AmberShare = 0.25;
    private const double RedShare = 0.10;

    private AgendaItem()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public Guid CaseId { get; private set; }

    public string Category { get; private set; } = "";

    /// <summary><c>community</c> or <c>street</c>: the committee level the case reached.</summary>
    public string Level { get; private set; } = "";

    public Guid ResponsibleUnitId { get; private set; }

    public Guid? OrganizationId { get; private set; }

    public DateTimeOffset EscalatedAt { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public bool Automatic { get; private set; }

    public AgendaItemStatus Status { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Why the item left the agenda: <c>resolved</c>, <c>closed</c> or <c>escalated</c> (it went up a level).</summary>
    public string? ClosedBecause { get; private set; }

    public static AgendaItem Open(
        Guid id, Guid caseId, string category, string level, Guid responsibleUnitId, Guid? organizationId,
        DateTimeOffset escalatedAt, DateTimeOffset dueAt, bool automatic) =>
        new()
        {
            Id = id,
            CaseId = caseId,
            Category = category,
            Level = level,
            ResponsibleUnitId = responsibleUnitId,
            OrganizationId = organizationId,
            EscalatedAt = escalatedAt,
            DueAt = dueAt,
            Automatic = automatic,
            Status = AgendaItemStatus.Open,
        };

    public void AssignTo(Guid organizationId) => OrganizationId ??= organizationId;

    public void Close(string because, DateTimeOffset at)
    {
        if (Status == AgendaItemStatus.Closed)
        {
            return;
        }

        Status = AgendaItemStatus.Closed;
        ClosedAt = at;
        ClosedBecause = because;
    }

    /// <summary>The band at <paramref name="now"/>: red once 10% of the time from escalation to deadline is left (or it passed), amber at 25%.</summary>
    public AgendaBand BandAt(DateTimeOffset now)
    {
        var total = DueAt - EscalatedAt;
        var left = DueAt - now;
        if (total <= TimeSpan.Zero || left <= total * RedShare)
        {
            return AgendaBand.Red;
        }

        return left <= total * AmberShare ? AgendaBand.Amber : AgendaBand.Green;
    }
}

/// <summary>
/// The last time a case was resolved or closed. The grid's case events reach this service on
/// separate queues, so an escalation may arrive after the resolution that followed it; this
/// marker keeps such a late escalation off the agenda.
/// </summary>
public sealed class CaseOutcome : IDistrictOwned
{
    public Guid CaseId { get; init; }

    public string District { get; set; } = "";

    public DateTimeOffset EndedAt { get; private set; }

    public static CaseOutcome Start(Guid caseId, string district) => new() { CaseId = caseId, District = district, EndedAt = DateTimeOffset.MinValue };

    public void Ended(DateTimeOffset at)
    {
        if (at > EndedAt)
        {
            EndedAt = at;
        }
    }

    /// <summary>Whether an escalation that happened at <paramref name="escalatedAt"/> was already overtaken by the case's end.</summary>
    public bool Overtakes(DateTimeOffset escalatedAt) => EndedAt >= escalatedAt;
}
