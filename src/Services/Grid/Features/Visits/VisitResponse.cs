using Governance.Grid.Domain.People;

namespace Governance.Grid.Features.Visits;

public sealed record VisitorResponse(string Name, VisitorRole Role);

public sealed record WishResponse(
    Guid Id, string Description, WishCategory Category, DateTimeOffset? Deadline,
    WishStatus Status, DateTimeOffset? FulfilledAt, string? FulfilledNote, string? FulfilledBy);

public sealed record VisitResponse(
    Guid Id, Guid HouseholdId, Guid BuildingId, Guid GridId, DateTimeOffset VisitedAt, Guid? GroupId, Guid? WorkerId,
    string? Notes, IReadOnlyList<VisitorResponse> Visitors, IReadOnlyList<WishResponse> Wishes, DateTimeOffset RecordedAt)
{
    public static VisitResponse From(DoorVisit visit) => new(
        visit.Id, visit.HouseholdId, visit.BuildingId, visit.GridId, visit.VisitedAt, visit.GroupId, visit.WorkerId, visit.Notes,
        visit.Visitors.Select(v => new VisitorResponse(v.Name, v.Role)).ToList(),
        visit.Wishes.OrderBy(w => w.Id)
            .Select(w => new WishResponse(w.Id, w.Description, w.Category, w.Deadline, w.Status, w.FulfilledAt, w.FulfilledNote, w.FulfilledBy))
            .ToList(),
        visit.RecordedAt);
}
