using System.Security.Claims;
using FluentValidation;
using Governance.ServiceDefaults.Domain;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain;
using Governance.Volunteers.Domain.Hours;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Volunteers.Features.Hours;

public sealed record RejectHoursRequest(string? Reason);

/// <summary>Either the new hours, or the new period (the hours follow it unless given too), and why.</summary>
public sealed record CorrectHoursRequest(decimal? Hours, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, string? Reason);

public sealed class RejectHoursValidator : AbstractValidator<RejectHoursRequest>
{
    public RejectHoursValidator() => RuleFor(r => r.Reason).MaximumLength(HoursEntry.MaxReasonLength);
}

public sealed class CorrectHoursValidator : AbstractValidator<CorrectHoursRequest>
{
    public CorrectHoursValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(HoursEntry.MaxReasonLength);
        RuleFor(r => r.Hours).NotNull().When(r => r.StartedAt is null && r.EndedAt is null)
            .WithMessage("Give hours, or startedAt and/or endedAt.");
        RuleFor(r => r.Hours).GreaterThan(0).LessThanOrEqualTo((decimal)HoursRules.MaxSpan.TotalHours).PrecisionScale(6, 2, ignoreTrailingZeros: true);
    }
}

/// <summary>A coordinator approves a pending entry; the hours are credited to the volunteer.</summary>
public static class ApproveHours
{
    public static Task<Results<Ok<HoursEntryResponse>, ProblemHttpResult>> Handle(
        Guid id, ClaimsPrincipal user, VolunteersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        HoursLedger.AsCoordinator(user, "approve", () => HoursLedger.ChangeAsync(id, db, clock,
            (entry, now) => Task.FromResult<DomainResult<decimal>>(entry.Approve(user.Actor(), now) is { } error ? error : entry.Hours),
            cancellationToken));
}

public static class RejectHours
{
    public static Task<Results<Ok<HoursEntryResponse>, ProblemHttpResult>> Handle(
        Guid id, RejectHoursRequest? request, ClaimsPrincipal user, VolunteersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        HoursLedger.AsCoordinator(user, "reject", () => HoursLedger.ChangeAsync(id, db, clock,
            (entry, now) => Task.FromResult<DomainResult<decimal>>(entry.Reject(request?.Reason, user.Actor(), now) is { } error ? error : 0m),
            cancellationToken));
}

/// <summary>
/// A coordinator corrects an entry, keeping who, when, before, after and why. Correcting approved
/// hours credits the difference (negative when corrected downwards).
/// </summary>
public static class CorrectHours
{
    public static Task<Results<Ok<HoursEntryResponse>, ProblemHttpResult>> Handle(
        Guid id, CorrectHoursRequest request, ClaimsPrincipal user, VolunteersDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        HoursLedger.AsCoordinator(user, "correct", () => HoursLedger.ChangeAsync(id, db, clock,
            async (entry, now) =>
            {
                var start = request.StartedAt ?? entry.StartedAt;
                var others = await HoursLedger.PeriodsNearAsync(db, entry.VolunteerId, start, request.EndedAt ?? entry.EndedAt ?? now, cancellationToken);
                return entry.Correct(new HoursChange(request.Hours, request.StartedAt, request.EndedAt), request.Reason!, others, user.Actor(), now);
            },
            cancellationToken));
}
