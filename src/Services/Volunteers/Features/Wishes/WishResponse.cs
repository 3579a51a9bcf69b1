using Governance.Volunteers.Domain.Wishes;

namespace Governance.Volunteers.Features.Wishes;

public sealed record WishClaimerResponse(Guid VolunteerId, string Name, DateTimeOffset ClaimedAt);

public sealed record WishHistoryResponse(WishAction Action, WishStatus? FromStatus, WishStatus ToStatus, string By, DateTimeOffset At, string? Note);

/// <summary>A wish as the API shows it; <see cref="Status"/> is read at the time of the request, so a wish past its deadline shows as expired.</summary>
public sealed record WishResponse(
    Guid Id,
    string Description,
    WishCategory Category,
    Guid UnitId,
    Guid? GridId,
    Guid? SourceVisitId,
    DateTimeOffset? Deadline,
    WishStatus Status,
    WishClaimerResponse? ClaimedBy,
    DateTimeOffset? FulfilledAt,
    string? FulfilmentNote,
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<WishHistoryResponse>? History)
{
    public static WishResponse From(MicroWish wish, DateTimeOffset now, bool withHistory = false) => new(
        wish.Id,
        wish.Description,
        wish.Category,
        wish.UnitId,
        wish.GridId,
        wish.SourceVisitId,
        wish.Deadline,
        wish.StatusAt(now),
        wish is { ClaimedBy: { } volunteer, ClaimedAt: { } at } ? new WishClaimerResponse(volunteer, wish.ClaimerName ?? "", at) : null,
        wish.FulfilledAt,
        wish.FulfilmentNote,
        wish.ConfirmedAt,
        wish.CreatedAt,
        wish.UpdatedAt,
        withHistory ? wish.History.Select(h => new WishHistoryResponse(h.Action, h.FromStatus, h.ToStatus, h.By, h.At, h.Note)).ToList() : null);
}
