using FluentValidation;
using Governance.BuildingBlocks.Data;
using Governance.Events.Data;
using Governance.Events.Domain.Activities;
using Governance.Events.Domain.Partners;
using Governance.Events.Domain.Staffing;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Governance.ServiceDefaults.Http;

namespace Governance.Events.Features.Activities;

/// <summary>A partner named in free text (<see cref="Name"/>) or as a party-alliance partner (<see cref="AllianceId"/>).</summary>
public sealed record PartnerRequest(string? Name, Guid? AllianceId);

public sealed record StaffingRequest(string? Skill, int? Count);

/// <summary>One meeting of a long-running activity such as an adoption programme.</summary>
public sealed record SessionRequest(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Title);

[RequestExample("""
    {"title": "First aid for carers", "kind": "lecture", "organizerUnitId": "0193a2c4-7b1e-7c3d-9f10-2b4c6d8e0a12",
     "partners": [{"name": "Lunan District Hospital", "allianceId": null}], "venue": "Community hall",
     "startsAt": "2026-05-09T09:00:00+08:00", "endsAt": "2026-05-09T11:00:00+08:00", "capacity": 40, "audience": ["elderly"],
     "staffing": [{"skill": "medical-first-aid", "count": 2}], "registrationOpensAt": null, "registrationClosesAt": null, "sessions": null}
    """)]
public sealed record CreateActivityRequest(
    string? Title,
    ActivityKind? Kind,
    Guid? OrganizerUnitId,
    IReadOnlyList<PartnerRequest>? Partners,
    string? Venue,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    int? Capacity,
    IReadOnlyList<string>? Audience,
    IReadOnlyList<StaffingRequest>? Staffing,
    DateTimeOffset? RegistrationOpensAt,
    DateTimeOffset? RegistrationClosesAt,
    IReadOnlyList<SessionRequest>? Sessions = null);

public sealed partial class CreateActivityValidator : AbstractValidator<CreateActivityRequest>
{
    public CreateActivityValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(Activity.MaxTitleLength);
        RuleFor(r => r.Kind).NotNull();
        RuleFor(r => r.OrganizerUnitId).NotEmpty();
        RuleFor(r => r.Venue).MaximumLength(Activity.MaxVenueLength);
        RuleFor(r => r.StartsAt).NotNull();
        RuleFor(r => r.EndsAt).NotNull().GreaterThan(r => r.StartsAt).When(r => r.StartsAt is not null)
            .WithMessage("endsAt must be after startsAt.");
        RuleFor(r => r.Capacity).NotNull().InclusiveBetween(1, Activity.MaxCapacity);
        RuleFor(r => r.RegistrationClosesAt).GreaterThan(r => r.RegistrationOpensAt)
            .When(r => r.RegistrationOpensAt is not null && r.RegistrationClosesAt is not null)
            .WithMessage("registrationClosesAt must be after registrationOpensAt.");
        RuleFor(r => r.RegistrationClosesAt).LessThanOrEqualTo(r => r.EndsAt)
            .When(r => r.EndsAt is not null && r.RegistrationClosesAt is not null)
            .WithMessage("registrationClosesAt cannot be after the activity ends.");

        RuleFor(r => r.Audience).Must(a => a is null || a.Count <= Activity.MaxListItems).WithMessage($"At most {Activity.MaxListItems} audience groups.");
        RuleForEach(r => r.Audience).NotEmpty().MaximumLength(Activity.MaxItemLength);

        RuleFor(r => r.Partners).Must(p => p is null || p.Count <= Activity.MaxListItems).WithMessage($"At most {Activity.MaxListItems} partners.");
        RuleForEach(r => r.Partners).NotNull().ChildRules(partner =>
        {
            partner.RuleFor(p => p).Must(p => (p.Name is null) != (p.AllianceId is null))
                .WithMessage("A partner is either {name} (free text) or {allianceId} (a party-alliance partner).");
            partner.RuleFor(p => p.Name).NotEmpty().MaximumLength(Activity.MaxItemLength).When(p => p.Name is not null);
            partner.RuleFor(p => p.AllianceId).NotEqual(Guid.Empty).When(p => p.AllianceId is not null);
        });

        RuleFor(r => r.Staffing).Must(s => s is null || s.Count <= Activity.MaxListItems).WithMessage($"At most {Activity.MaxListItems} staffing lines.")
            .Must(s => s is null || s.Where(l => l?.Skill is not null).Select(l => l.Skill).Distinct(StringComparer.Ordinal).Count() == s.Count(l => l?.Skill is not null))
            .WithMessage("Each skill appears once in staffing; ask for a larger count instead.");
        RuleForEach(r => r.Staffing).NotNull().ChildRules(line =>
        {
            line.RuleFor(l => l.Skill).NotEmpty().MaximumLength(64).Matches(SkillCode())
                .WithMessage("skill is a kebab-case skill code, e.g. health-education.");
            line.RuleFor(l => l.Count).NotNull().InclusiveBetween(1, StaffingLine.MaxCount);
        });

        SessionRules(this);
    }

    private static void SessionRules(AbstractValidator<CreateActivityRequest> rules)
    {
        rules.RuleForEach(r => r.Sessions).NotNull().ChildRules(session =>
        {
            session.RuleFor(s => s.StartsAt).NotNull();
            session.RuleFor(s => s.EndsAt).NotNull();
            session.RuleFor(s => s.EndsAt).GreaterThan(s => s.StartsAt).When(s => s is { StartsAt: not null, EndsAt: not null })
                .WithMessage("{PropertyName} must be after the session's startsAt.");
            session.RuleFor(s => s.Title).MaximumLength(Activity.MaxItemLength);
        });
        rules.RuleFor(r => r.Sessions)
            .Custom((sessions, context) =>
            {
                var request = context.InstanceToValidate;
                if (ActivitySession.ScheduleProblem(request.StartsAt!.Value, request.EndsAt!.Value, Sessions(sessions)) is { } problem)
                {
                    context.AddFailure(problem);
                }
            })
            .When(r => r.Sessions is { Count: > 0 } && r.StartsAt < r.EndsAt && r.Sessions.All(s => s is { StartsAt: not null, EndsAt: not null }));
    }

    internal static IReadOnlyList<ActivitySession> Sessions(IReadOnlyList<SessionRequest>? sessions) =>
        [.. (sessions ?? []).Select(s => new ActivitySession(s.StartsAt!.Value, s.EndsAt!.Value, s.Title))];

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SkillCode();
}

public static class CreateActivity
{
    /// <summary>A draft activity organised by a street, community or grid of the caller's district.</summary>
    public static async Task<Results<Created<ActivityResponse>, ProblemHttpResult>> Handle(
        CreateActivityRequest request, EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var organizerId = request.OrganizerUnitId!.Value;
        var organizer = await db.UnitAsync(organizerId, cancellationToken);
        if (organizer is null || !KnownUnitQueries.OrganizerLevels.Contains(organizer.Level))
        {
            return ApiProblems.Unprocessable(organizer is null
                ? $"organizerUnitId '{organizerId}' names no unit of your district (units reach this service from the grid service within seconds of their creation)."
                : $"organizerUnitId: unit '{organizer.Name}' is a {organizer.Level}; activities are organised by a street, community or grid.");
        }

        var requested = request.Partners ?? [];
        var allianceIds = requested.Where(p => p.AllianceId is not null).Select(p => p.AllianceId!.Value).ToList();
        var alliances = await db.Set<AlliancePartner>().AsNoTracking()
            .Where(a => allianceIds.Contains(a.AllianceId))
            .ToDictionaryAsync(a => a.AllianceId, a => a.PartnerName, cancellationToken);
        if (allianceIds.FirstOrDefault(id => !alliances.ContainsKey(id)) is var unknown && unknown != Guid.Empty)
        {
            return ApiProblems.Unprocessable($"partners: allianceId '{unknown}' names no party alliance of your district.");
        }

        var now = clock.Now();
        var activity = Activity.Create(new NewActivity(
            request.Title!, request.Kind!.Value, organizerId,
            [.. requested.Select(p => p.AllianceId is { } id ? new ActivityPartner(alliances[id], id) : new ActivityPartner(p.Name!.Trim(), null))],
            request.Venue, request.StartsAt!.Value, request.EndsAt!.Value, request.Capacity!.Value, request.Audience ?? [],
            [.. (request.Staffing ?? []).Select(s => new StaffingNeed(s.Skill!, s.Count!.Value))],
            request.RegistrationOpensAt, request.RegistrationClosesAt, CreateActivityValidator.Sessions(request.Sessions)), now);
        db.Set<Activity>().Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/events/{activity.Id}", ActivityResponse.From(activity, ActivityCounts.None, now));
    }
}
