using FluentValidation;
using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Governance.Contracts.Places;
using Governance.Places.Data;
using Governance.Places.Domain.Places;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Places.Features.Places;

public sealed record ClosePlaceRequest(string? Reason);

public sealed class ClosePlaceValidator : AbstractValidator<ClosePlaceRequest>
{
    public ClosePlaceValidator()
    {
        RuleFor(r => r.Reason).MaximumLength(Place.MaxReasonLength);
    }
}

public static class ClosePlace
{
    public static Task<Results<Ok<PlaceResponse>, ProblemHttpResult>> Close(
        Guid id, ClosePlaceRequest? request, PlacesDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, db, clock, (place, now) => place.Close(request?.Reason, now) ?? Announce(db, new PlaceClosed(Guid.CreateVersion7(now), place.District, now, place.Id, place.ClosingReason), place),
            cancellationToken);

    public static Task<Results<Ok<PlaceResponse>, ProblemHttpResult>> Reopen(Guid id, PlacesDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, db, clock, (place, now) => place.Reopen(now) ?? Announce(db, new PlaceReopened(Guid.CreateVersion7(now), place.District, now, place.Id), place),
            cancellationToken);

    private static DomainError? Announce(PlacesDbContext db, Governance.Contracts.IIntegrationEvent change, Place place)
    {
        db.Raise(change, place.Id);
        return null;
    }

    private static Task<Results<Ok<PlaceResponse>, ProblemHttpResult>> ChangeAsync(
        Guid id, PlacesDbContext db, TimeProvider clock, Func<Place, DateTimeOffset, DomainError?> change, CancellationToken cancellationToken) =>
        db.ChangeAsync<Place, PlaceResponse>("place", id, place => change(place, clock.GetUtcNow()), PlaceResponse.From, cancellationToken);
}
