namespace Governance.Contracts;

/// <summary>
/// Something a service tells the others happened. Every event names the district it belongs to,
/// carries its own id (consumers deduplicate on it) and the time it happened.
/// </summary>
/// <remarks>
/// Events are immutable records with a stable <c>[MessageUrn]</c>: the class may be renamed or
/// moved, the urn never changes. Evolve them additively only (new optional members); a breaking
/// change is a new type with a new urn ending in the next version (<c>:v2</c>).
/// </remarks>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    string District { get; }

    DateTimeOffset OccurredAt { get; }
}
