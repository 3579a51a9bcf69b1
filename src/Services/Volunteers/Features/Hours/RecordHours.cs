using System.Security.Claims;
using FluentValidation;
using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Security;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain;
using Governance.Volunteers.Domain.Hours;
using Governance.Volunteers.Domain.Pool;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Hours;

/// <summary>A check-in, against an assignment (an opaque reference until assignments are checked here) or none.</summary>
public sealed record CheckInRequest(Guid? VolunteerId, Guid? AssignmentId);

public sealed record ManualHoursRequest(Guid? VolunteerId, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, string? Reason);

public sealed class CheckInValidator : AbstractValidator<CheckInRequest>
{
    public CheckInValidator()
    {
        RuleFor(r => r.VolunteerId).NotEmpty();
        RuleFor(r => r.AssignmentId).NotEqual(Guid.Empty);
    }
}

public sealed class ManualHoursValidator : AbstractValidator<ManualHoursRequest>
{
    public ManualHoursValidator()
    {
        RuleFor(r => r.VolunteerId).NotEmpty();
        RuleFor(r => r.StartedAt).NotNull();
        RuleFor(r => r.EndedAt).NotNull();
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(HoursEntry.MaxReasonLength);
    }
}

public static class CheckIn
{
    public static Task<Results<Created<HoursEntryResponse>, ProblemHttpResult>> Handle(
        CheckInRequest request, ClaimsPrincipal user, VolunteersDbContext db, IDistrictContext districts, TimeProvider clock,
        CancellationToken cancellationToken) =>
        RecordHours.CreateAsync(request.VolunteerId!.Value, user, "check in", db, districts, clock, null,
            (others, now) => HoursEntry.CheckIn(request.VolunteerId.Value, request.AssignmentId, others, user.Actor(), now),
            cancellationToken);
}

/// <summary>Hours recorded after the fact, with the reason; they wait for a coordinator's approval like a check-in.</summary>
public static class RecordManualHours
{
    public static Task<Results<Created<HoursEntryResponse>, ProblemHttpResult>> Handle(
        ManualHoursRequest request, ClaimsPrincipal user, VolunteersDbContext db, IDistrictContext districts, TimeProvider clock,
        CancellationToken cancellationToken) =>
        RecordHours.CreateAsync(request.VolunteerId!.Value, user, "record hours", db, districts, clock, (request.StartedAt!.Value, request.EndedAt!.Value),
            (others, now) => HoursEntry.Manual(request.VolunteerId.Value, request.StartedAt.Value, request.EndedAt.Value, request.Reason!, others, user.Actor(), now),
            cancellationToken);
}

/// <summary>Like checking in, checking out is the volunteer's own act (or a coordinator's).</summary>
public static class CheckOut
{
    public static Task<Results<Ok<HoursEntryResponse>, ProblemHttpResult>> Handle(
        Guid id, ClaimsPrincipal user, VolunteersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        HoursLedger.ChangeAsync(id, db, clock,
            async (entry, now) =>
            {
                var volunteer = await db.Set<Volunteer>().AsNoTracking().FirstAsync(v => v.Id == entry.VolunteerId, cancellationToken);
                return (volunteer.RefuseSelfService(user.Subject(), user.IsCoordinator(), "check out") ?? entry.CheckOut(now)) is { } error
                    ? error
                    : 0m;
            },
            cancellationToken);
}

internal static class RecordHours
{
    /// <param name="action">What the caller does for the volunteer, for the refusal when it is not theirs to do.</param>
    /// <param name="period">The new entry's period, or null for a check-in that starts now and stays open.</param>
    public static async Task<Results<Created<HoursEntryResponse>, ProblemHttpResult>> CreateAsync(
        Guid volunteerId, ClaimsPrincipal user, string action, VolunteersDbContext db, IDistrictContext districts, TimeProvider clock,
        (DateTimeOffset Start, DateTimeOffset End)? period,
        Func<IReadOnlyCollection<HoursPeriod>, DateTimeOffset, DomainResult<HoursEntry>> create, CancellationToken cancellationToken)
    {
        districts.RequireDistrict("create district data");

        var volunteer = await db.Set<Volunteer>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == volunteerId, cancellationToken);
        if (volunteer is null)
        {
            return HoursLedger.UnknownVolunteer(volunteerId);
        }

        if (volunteer.RefuseSelfService(user.Subject(), user.IsCoordinator(), action) is { } refusal)
        {
            return ApiProblems.From(refusal);
        }

        var now = clock.GetUtcNow();
        var others = await HoursLedger.PeriodsNearAsync(db, volunteerId, period?.Start ?? now, period?.End, cancellationToken);
        var created = create(others, now);
        if (created.Error is { } error)
        {
            return ApiProblems.From(error);
        }

        var entry = created.Value!;
        db.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsLostRace())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already checked in.",
                detail: $"Volunteer {volunteerId} was checked in by another request meanwhile; check out first.",
                extensions: new Dictionary<string, object?> { ["state"] = "checked-in" });
        }

        return TypedResults.Created($"/api/volunteers/{volunteerId}/hours", HoursEntryResponse.From(entry));
    }
}
