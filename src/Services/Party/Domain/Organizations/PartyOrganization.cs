using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Http;

namespace Governance.Party.Domain.Organizations;

/// <summary>
/// A party organisation on one unit of the territory. A mobile branch (流动党员党支部) gathers
/// members with no fixed workplace (couriers, riders): it is a <see cref="PartyLevel.GridBranch"/>
/// with <see cref="Mobile"/> set, attached to the street or community whose committee leads it,
/// and has no organisations beneath it.
/// </summary>
public sealed class PartyOrganization : IDistrictOwned
{
    public const int MaxNameLength = 200;

    private PartyOrganization()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public PartyLevel Level { get; private set; }

    public Guid? ParentId { get; private set; }

    public Guid UnitId { get; private set; }

    public string Name { get; private set; } = "";

    public bool Mobile { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// Places a new organisation under <paramref name="parent"/> on <paramref name="unit"/>; fails
    /// with the reason when the party ladder or the territory forbids it.
    /// </summary>
    public static (PartyOrganization? Organization, string? Error) Create(
        PartyLevel level, PartyOrganization? parent, UnitRef unit, string name, bool mobile, DateTimeOffset now)
    {
        var error = mobile ? MobilePlacementError(level, parent, unit) : PlacementError(level, parent, unit);
        if (error is not null)
        {
            return (null, error);
        }

        return (new PartyOrganization
        {
            Id = Guid.CreateVersion7(now),
            Level = level,
            ParentId = parent?.Id,
            UnitId = unit.Id,
            Name = name.Trim(),
            Mobile = mobile,
            CreatedAt = now,
        }, null);
    }

    private static string? PlacementError(PartyLevel level, PartyOrganization? parent, UnitRef unit)
    {
        var expectedParent = PartyLadder.ParentLevelOf(level);
        if (expectedParent is null && parent is not null)
        {
            return $"A {WireNames.Name(level)} is the top level; it has no parentId.";
        }

        if (expectedParent is { } parentLevel)
        {
            if (parent is null)
            {
                return $"A {WireNames.Name(level)} must sit under a {WireNames.Name(parentLevel)}, so parentId is required.";
            }

            if (parent.Mobile)
            {
                return "A mobile branch has no organisations beneath it; its members join it directly.";
            }

            if (parent.Level != parentLevel)
            {
                return $"A {WireNames.Name(level)} must sit under a {WireNames.Name(parentLevel)}, not under a {WireNames.Name(parent.Level)}.";
            }
        }

        var unitLevel = PartyLadder.UnitLevelOf(level);
        if (unit.Level != unitLevel)
        {
            return $"A {WireNames.Name(level)} sits on a {unitLevel}; unit '{unit.Name}' is a {unit.Level}.";
        }

        // A household sits in its building group's own building; every other level one rung below its parent's unit.
        var unitFitsParent = parent is null
            || (level == PartyLevel.MemberHousehold ? unit.Id == parent.UnitId : unit.ParentId == parent.UnitId);
        return unitFitsParent ? null : $"Unit '{unit.Name}' does not lie within the unit of parent organisation '{parent!.Name}'.";
    }

    private static string? MobilePlacementError(PartyLevel level, PartyOrganization? parent, UnitRef unit)
    {
        if (level != PartyLevel.GridBranch)
        {
            return $"Only a {WireNames.Name(PartyLevel.GridBranch)} can be mobile.";
        }

        if (parent is not { Level: PartyLevel.StreetCommittee or PartyLevel.CommunityCommittee, Mobile: false })
        {
            return $"A mobile branch sits under a {WireNames.Name(PartyLevel.StreetCommittee)} or a {WireNames.Name(PartyLevel.CommunityCommittee)}.";
        }

        return unit.Id == parent.UnitId ? null : "A mobile branch is attached to its parent committee's own unit (its street or community).";
    }
}
