using Governance.Party.Domain.Organizations;

namespace Governance.Party.Features.Organizations;

public sealed record OrganizationResponse(Guid Id, PartyLevel Level, string Name, Guid UnitId, Guid? ParentId, bool Mobile, DateTimeOffset CreatedAt)
{
    public static OrganizationResponse From(PartyOrganization o) => new(o.Id, o.Level, o.Name, o.UnitId, o.ParentId, o.Mobile, o.CreatedAt);
}

/// <param name="Ancestors">From the parent up to the street working committee.</param>
public sealed record OrganizationDetailsResponse(
    Guid Id, PartyLevel Level, string Name, Guid UnitId, string? UnitName, Guid? ParentId, bool Mobile, DateTimeOffset CreatedAt,
    IReadOnlyList<OrganizationResponse> Ancestors, IReadOnlyList<OrganizationResponse> Children);

public sealed record OrganizationNode(Guid Id, PartyLevel Level, string Name, Guid UnitId, bool Mobile, IReadOnlyList<OrganizationNode> Children);
