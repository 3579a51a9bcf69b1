using FluentValidation;
using Governance.BuildingBlocks.Data;
using Governance.Contracts;
using Governance.Contracts.Events;
using Governance.Events.Data;
using Governance.Events.Domain.Activities;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Governance.Events.Features.Activities;

/// <param name="Outputs">Free counters by name (leaflets, banners, …), each a non-negative count.</param>
public sealed record CompleteActivityRequest(IReadOnlyDictionary<string, int>? Outputs, string? Notes);

public sealed record CancelActivityRequest(string? Reason);

public sealed partial class CompleteActivityValidator : AbstractValidator<CompleteActivityRequest>
{
    public const int MaxOutputs = 30;

    public CompleteActivityValidator()
    {
        RuleFor(r => r.Outputs).Must(o => o is null || o.Count <= MaxOutputs).WithMessage($"At most {MaxOutputs} outputs.");
        RuleForEach(r => r.Outputs).Must(o => OutputName().IsMatch(o.Key))
            .WithMessage("Output names are 1–40 letters, digits or dashes, starting with a letter (e.g. leaflets).")
            .Must(o => o.Value >= 0).WithMessage("Outputs are counts and cannot be negative.");
        RuleFor(r => r.Notes).MaximumLength(Activity.MaxNotesLength);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,39}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OutputName();
}

public sealed class CancelActivityValidator : AbstractValidator<CancelActivityRequest>
{
    public CancelActivityValidator() => RuleFor(r => r.Reason).MaximumLength(Activity.MaxReasonLength);
}

/// <summary>Draft → published: opens registration, announces the activity and asks the volunteer service for each staffing line.</summary>
public static class PublishActivity
{
    public static Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> Handle(
        Guid id, EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ActivityUpdate.RunAsync(db, id, clock, (locked, now) =>
        {
            var activity = locked.Activity;
            return activity.Publish(now) ?? ActivityUpdate.Raise([
                new ActivityPublished(Guid.CreateVersion7(now), activity.District, now, activity.Id, activity.Title, WireNames.Name(activity.Kind),
                    activity.OrganizerUnitId, activity.StartsAt, activity.EndsAt, activity.Capacity),
                .. activity.Staffing.Select(line => new StaffingRequested(
                    Guid.CreateVersion7(now), activity.District, now, activity.Id, activity.Title,
                    activity.OrganizerUnitId, line.Skill, line.Count, activity.StartsAt, activity.EndsAt)),
            ]);
        }, cancellationToken);
}

public static class StartActivity
{
    public static Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> Handle(
        Guid id, EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ActivityUpdate.RunAsync(db, id, clock, (locked, now) => locked.Activity.Start(now) ?? ActivityUpdate.Raise([]), cancellationToken);
}

/// <summary>
/// Records attendance and outputs, and tells the volunteer service who staffed the activity and
/// when they were there, so it credits their hours.
/// </summary>
public static class CompleteActivity
{
    public static Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> Handle(
        Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] CompleteActivityRequest? request,
        EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ActivityUpdate.RunAsync(db, id, clock, (locked, now) =>
        {
            var activity = locked.Activity;
            return activity.Complete(request?.Outputs ?? new Dictionary<string, int>(), request?.Notes, locked.Registrations, now)
                ?? ActivityUpdate.Raise([new EventCompleted(Guid.CreateVersion7(now), activity.District, now, activity.Id, activity.Title,
                    activity.OrganizerUnitId, activity.StartsAt, activity.EndsAt, activity.Attendance ?? 0,
                    [.. activity.Staff.Select(s => new StaffAttendance(s.VolunteerId, s.CheckedInAt, s.CheckedOutAt))])]);
        }, cancellationToken);
}

/// <summary>Cancels the activity: the volunteer service releases its staff, and registrants are told (by registration id and account; phones never travel).</summary>
public static class CancelActivity
{
    public static Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> Handle(
        Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] CancelActivityRequest? request,
        EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        ActivityUpdate.RunAsync(db, id, clock, (locked, now) =>
        {
            var activity = locked.Activity;
            var cancelled = activity.Cancel(request?.Reason, locked.Registrations, now);
            return cancelled.Error ?? ActivityUpdate.Raise([new ActivityCancelled(Guid.CreateVersion7(now), activity.District, now, activity.Id,
                activity.CancelReason, [.. cancelled.Value!.Select(r => r.Id)], Registration.AccountsOf(cancelled.Value!))]);
        }, cancellationToken);
}

/// <summary>A change of the activity under its lock: the domain call, the events it announces (to the outbox, in the same transaction), the activity as answer.</summary>
internal static class ActivityUpdate
{
    public static DomainResult<IReadOnlyList<IIntegrationEvent>> Raise(IReadOnlyList<IIntegrationEvent> events) => new(events, null);

    public static Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> RunAsync(
        EventsDbContext db, Guid id, TimeProvider clock, Func<LockedActivity, DateTimeOffset, DomainResult<IReadOnlyList<IIntegrationEvent>>> act,
        CancellationToken cancellationToken) =>
        ActivityCommand.RunAsync<Ok<ActivityResponse>>(db, id, clock, locked =>
        {
            var now = clock.Now();
            var result = act(locked, now);
            if (result.Error is { } error)
            {
                return ApiProblems.From(error);
            }

            foreach (var integrationEvent in result.Value!)
            {
                db.Raise(integrationEvent, id);
            }

            return TypedResults.Ok(ActivityResponse.From(locked, now));
        }, cancellationToken);
}
