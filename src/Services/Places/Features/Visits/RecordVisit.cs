using FluentValidation;
using Governance.Places.Data;
using Governance.Places.Domain.Places;
using Governance.Places.Domain.Visits;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Places.Features.Visits;

/// <param name="At">When they came; now when omitted.</param>
public sealed record RecordVisitRequest(int? Count, string? Purpose, DateTimeOffset? At);

public sealed class RecordVisitValidator : AbstractValidator<RecordVisitRequest>
{
    public RecordVisitValidator()
    {
        RuleFor(r => r.Count).NotNull().InclusiveBetween(1, PlaceVisit.MaxCount);
        RuleFor(r => r.Purpose).MaximumLength(PlaceVisit.MaxPurposeLength);
    }
}

public sealed record VisitResponse(Guid Id, Guid PlaceId, int Count, string? Purpose, DateTimeOffset At);

public static class RecordVisit
{
    public static RouteGroupBuilder MapVisits(this RouteGroupBuilder api)
    {
        api.MapPost("/{id:guid}/visits", Handle).Validate<RecordVisitRequest>().RequireRoleOrDistrictAdmin(Roles.PlaceManager)
            .WithSummary("Counts walk-ins at a place, as its staff saw them.");
        return api;
    }

    public static async Task<Results<Created<VisitResponse>, ProblemHttpResult>> Handle(
        Guid id, RecordVisitRequest request, PlacesDbContext db, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var place = await db.Set<Place>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (place is null)
        {
            return ApiProblems.NotFound("place", id);
        }

        var now = clock.GetUtcNow();
        if (request.At > now.AddMinutes(5))
        {
            return ApiProblems.Unprocessable("at: visits are counted once they happened, not ahead.");
        }

        var visit = PlaceVisit.Record(place, request.Count!.Value, request.Purpose, request.At ?? now,
            context.User.FindFirst(DistrictCaller.SubjectClaim)?.Value ?? "", now);
        db.Set<PlaceVisit>().Add(visit);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/{PlacesServices.Domain}/{id}/visits/{visit.Id}", new VisitResponse(visit.Id, id, visit.Count, visit.Purpose, visit.At));
    }
}
