namespace Governance.Party.Domain.Organizations;

/// <summary>A territorial unit as this service knows it from the grid service's events.</summary>
public sealed record UnitRef(Guid Id, string Level, Guid? ParentId, string Name);
