using System.Globalization;
using FluentValidation;
using Governance.Volunteers.Domain.Matching;
using Governance.Volunteers.Domain.Pool;
using Governance.Volunteers.Domain.Skills;
using Governance.ServiceDefaults.Privacy;
using Governance.ServiceDefaults.Http;

namespace Governance.Volunteers.Features.Volunteers;

public sealed record CredentialDto(string? Name, bool Verified);

public sealed record SkillDto(string? Skill, SkillLevel? Level, CredentialDto? Credential);

/// <summary>A weekly slot in local time, <c>{"day": "saturday", "from": "09:00", "to": "12:00"}</c>.</summary>
public sealed record AvailabilityDto(DayOfWeek? Day, string? From, string? To);

/// <summary>
/// The body of POST (create) and PUT (replace) on a volunteer. <see cref="Account"/> counts only on creation (a
/// coordinator's choice, or the caller's own <c>sub</c>); PUT keeps the link, which <c>/link</c> changes.
/// </summary>
[RequestExample("""
    {"name": "Chen Jing", "phone": "13812345678", "homeUnitId": "0193a2c4-7b1e-7c3d-9f10-2b4c6d8e0a12", "kind": "professional",
     "skills": [{"skill": "medical-first-aid", "level": "skilled", "credential": {"name": "Red Cross first aid", "verified": false}}],
     "availability": [{"day": "saturday", "from": "09:00", "to": "12:00"}], "focus": ["elderly"]}
    """)]
public sealed record VolunteerRequest(
    string? Name,
    string? Phone,
    Guid? HomeUnitId,
    VolunteerKind? Kind,
    IReadOnlyList<SkillDto>? Skills,
    IReadOnlyList<AvailabilityDto>? Availability,
    IReadOnlyList<FocusGroup>? Focus,
    string? Account = null)
{
    public const int MaxSkills = 20;
    public const int MaxWindows = 28;

    public VolunteerProfile ToProfile() => new(
        Name!,
        Phone,
        Kind!.Value,
        [.. (Skills ?? []).Select(s => new VolunteerSkill(s.Skill!, s.Level!.Value, s.Credential?.Name?.Trim(), s.Credential?.Verified ?? false))],
        [.. (Availability ?? []).Select(a => new WeeklyWindow(a.Day!.Value, ParseTime(a.From)!.Value, ParseTime(a.To)!.Value))],
        Focus ?? []);

    internal static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}

public sealed class VolunteerRequestValidator : AbstractValidator<VolunteerRequest>
{
    public VolunteerRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Volunteer.MaxNameLength);
        // Messages never echo the value: it is personal data.
        RuleFor(r => r.Phone).NotEmpty().Must(PersonalData.IsValidPhone)
            .WithMessage("phone must be a mobile number (11 digits starting with 1) or a landline with its area code.");
        RuleFor(r => r.HomeUnitId).NotEmpty();
        RuleFor(r => r.Kind).NotNull();
        // Each check on a list is its own rule: a condition or a null list must not switch off the others,
        // and a null entry is refused here rather than reaching the handler.
        RuleFor(r => r.Skills).NotEmpty();
        RuleFor(r => r.Skills).Must(s => s!.Count <= VolunteerRequest.MaxSkills).When(r => r.Skills is not null)
            .WithMessage($"skills holds at most {VolunteerRequest.MaxSkills} entries.");
        RuleForEach(r => r.Skills).NotNull().WithMessage("{PropertyName}[{CollectionIndex}] must be an object, not null.").ChildRules(skill =>
        {
            skill.RuleFor(s => s.Skill).NotEmpty().Must(SkillCodes.IsValid).WithMessage("skill must be a kebab-case skill code.");
            skill.RuleFor(s => s.Level).NotNull();
            skill.RuleFor(s => s.Credential!.Name).NotEmpty().MaximumLength(Volunteer.MaxNameLength).When(s => s.Credential is not null);
        });
        RuleFor(r => r.Availability).Must(a => a is null || a.Count <= VolunteerRequest.MaxWindows)
            .WithMessage($"availability holds at most {VolunteerRequest.MaxWindows} windows.");
        RuleForEach(r => r.Availability).NotNull().WithMessage("{PropertyName}[{CollectionIndex}] must be an object, not null.").ChildRules(window =>
        {
            window.RuleFor(a => a.Day).NotNull();
            window.RuleFor(a => a.From).Must(t => VolunteerRequest.ParseTime(t) is not null).WithMessage("from must be a time of day, HH:mm.");
            window.RuleFor(a => a.To).Must(t => VolunteerRequest.ParseTime(t) is not null).WithMessage("to must be a time of day, HH:mm.");
            // Only once both parse: the condition belongs to this comparison alone, not to the format checks above.
            window.RuleFor(a => a.To).Must((a, to) => VolunteerRequest.ParseTime(to) > VolunteerRequest.ParseTime(a.From))
                .When(a => VolunteerRequest.ParseTime(a.From) is not null && VolunteerRequest.ParseTime(a.To) is not null)
                .WithMessage("to must be later than from (a window ends the day it starts).");
        });
        RuleForEach(r => r.Focus).IsInEnum();
        RuleFor(r => r.Account).MaximumLength(Volunteer.MaxAccountLength);
    }
}

/// <summary>The account (a token's <c>sub</c>) a coordinator links the volunteer to; null or empty unlinks it.</summary>
public sealed record LinkAccountRequest(string? Account);

public sealed class LinkAccountValidator : AbstractValidator<LinkAccountRequest>
{
    public LinkAccountValidator() => RuleFor(r => r.Account).MaximumLength(Volunteer.MaxAccountLength);
}
