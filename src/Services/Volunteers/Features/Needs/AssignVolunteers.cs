using FluentValidation;
using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Domain;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Matching;
using Governance.Volunteers.Features.Skills;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Needs;

/// <summary>Either <c>{volunteerIds: [...]}</c> (a coordinator's pick) or <c>{auto: true, count?}</c> (the best free matches).</summary>
public sealed record AssignRequest(IReadOnlyList<Guid>? VolunteerIds, bool? Auto, int? Count);

public sealed class AssignRequestValidator : AbstractValidator<AssignRequest>
{
    public AssignRequestValidator()
    {
        RuleFor(r => r.VolunteerIds).NotEmpty().When(r => r.Auto != true)
            .WithMessage("volunteerIds names the volunteers to assign (or send auto: true).");
        RuleFor(r => r.VolunteerIds).Empty().When(r => r.Auto == true)
            .WithMessage("volunteerIds and auto exclude each other.");
        RuleFor(r => r.VolunteerIds).Must(ids => ids!.Distinct().Count() == ids!.Count && ids.All(id => id != Guid.Empty))
            .When(r => r.VolunteerIds is { Count: > 0 }).WithMessage("volunteerIds must be distinct volunteer ids.");
        RuleFor(r => r.Count).InclusiveBetween(1, Need.MaxCount).When(r => r.Count is not null);
        RuleFor(r => r.Count).Null().When(r => r.Auto != true).WithMessage("count goes with auto: true.");
    }
}

public static class AssignVolunteers
{
    public static async Task<Results<Ok<NeedResponse>, ProblemHttpResult>> Handle(
        Guid id, AssignRequest request, VolunteersDbContext db, SkillTrees trees, TimeProvider clock, CancellationToken cancellationToken)
    {
        var need = await db.Set<Need>().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (need is null)
        {
            return ApiProblems.NotFound("need", id);
        }

        var now = clock.GetUtcNow();
        var tree = await trees.CurrentAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var error = request.Auto == true
            ? await NeedMatching.AutoAssignAsync(db, need, tree, request.Count ?? need.Missing, now, cancellationToken)
            : await AssignPickedAsync(db, need, tree, request.VolunteerIds!, now, cancellationToken);
        if (error is not null)
        {
            return ApiProblems.From(error);
        }

        if (await db.SaveOrConflictAsync("need", id, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await transaction.CommitAsync(cancellationToken);

        return TypedResults.Ok(NeedResponse.From(need));
    }

    /// <summary>A coordinator's pick: each volunteer must be active, hold an accepted skill and be free in the window.</summary>
    private static async Task<DomainError?> AssignPickedAsync(
        VolunteersDbContext db, Need need, Domain.Skills.SkillTree tree, IReadOnlyList<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (need.Status == NeedStatus.Cancelled)
        {
            return DomainError.WrongState(need.Status, $"Need {need.Id} was cancelled; nobody can be assigned to it.");
        }

        var profile = NeedMatching.Profile(need, tree);
        await NeedMatching.LockAssignmentsAsync(db, need.District, cancellationToken);
        var candidates = (await NeedMatching.CandidatesAsync(db, need, profile, now, v => ids.Contains(v.Id), cancellationToken))
            .ToDictionary(c => c.Candidate.VolunteerId);
        var people = new List<AssignedPerson>();
        foreach (var volunteerId in ids)
        {
            if (need.Assignments.Any(a => a.VolunteerId == volunteerId))
            {
                return DomainError.Rule($"Volunteer {volunteerId} is already assigned to need {need.Id}.");
            }

            if (!candidates.TryGetValue(volunteerId, out var candidate))
            {
                return DomainError.Rule($"volunteerIds: {volunteerId} names no active volunteer of your district with skill '{need.Skill}' (or one beneath it).");
            }

            if (Matcher.Evaluate(profile, candidate.Candidate) is null)
            {
                return DomainError.Rule($"volunteerIds: volunteer {volunteerId} is committed to another need in an overlapping window.");
            }

            people.Add(new AssignedPerson(volunteerId, candidate.Name));
        }

        if (need.Assign(people, now) is { } error)
        {
            return error;
        }

        need.NoteShortfall(null);
        await NeedMatching.RaiseAssignedAsync(db, need, now, cancellationToken);
        return null;
    }
}
