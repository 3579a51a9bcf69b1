using MassTransit;

namespace Governance.Contracts.Grid;

/// <summary>
/// A resident voiced a micro-wish (微心愿) during a door visit; the volunteer service takes it up
/// and answers with <c>MicroWishFulfilled</c> naming <paramref name="WishId"/>.
/// <paramref name="UnitId"/> is the household's building, <paramref name="GridId"/> its grid;
/// <paramref name="Category"/> is the wire name (daily-needs, home-repair, health, companionship,
/// study, legal, employment, other). The resident is not named: volunteers reach them through the grid.
/// </summary>
[MessageUrn("governance:grid:micro-wish-voiced:v1")]
public sealed record MicroWishVoiced(
    Guid EventId,
    string District,
    DateTimeOffset OccurredAt,
    Guid WishId,
    Guid VisitId,
    Guid UnitId,
    Guid GridId,
    string Description,
    string Category,
    DateTimeOffset? Deadline) : IIntegrationEvent;
