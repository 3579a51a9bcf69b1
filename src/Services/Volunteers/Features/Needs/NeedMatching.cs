using Governance.Contracts.Volunteers;
using Governance.ServiceDefaults.Http;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Matching;
using Governance.Volunteers.Domain.Pool;
using Governance.Volunteers.Domain.Skills;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Needs;

/// <summary>A candidate with the name to show and publish.</summary>
public sealed record NamedCandidate(Candidate Candidate, string Name);

/// <summary>Loads a need's candidates from the database, assigns the best ones and tells other services.</summary>
public static class NeedMatching
{
    public static NeedProfile Profile(Need need, SkillTree tree) => new(need.Skill, tree.Subtree(need.Skill), need.Place, need.Window);

    /// <summary>
    /// Active volunteers holding an accepted skill (filtered in SQL), with their commitments that overlap
    /// the need's window and their assignments of the last 30 days. <paramref name="only"/> narrows to given ids.
    /// </summary>
    public static async Task<IReadOnlyList<NamedCandidate>> CandidatesAsync(
        VolunteersDbContext db, Need need, NeedProfile profile, DateTimeOffset now, CancellationToken cancellationToken, IReadOnlyCollection<Guid>? only = null)
    {
        var accepted = profile.AcceptedSkills.ToList();
        var volunteers = db.Set<Volunteer>().AsNoTracking().Where(v => v.Active && v.Skills.Any(s => accepted.Contains(s.Skill)));
        if (only is not null)
        {
            volunteers = volunteers.Where(v => only.Contains(v.Id));
        }

        var pool = await volunteers.ToListAsync(cancellationToken);
        var assignments = db.Set<Need>().AsNoTracking().SelectMany(n => n.Assignments);
        // Assignments to this very need count as commitments too: who is already in is no candidate.
        var commitments = (await assignments
                .Where(a => a.From < need.To && need.From < a.To)
                .Select(a => new { a.VolunteerId, a.From, a.To })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.VolunteerId, a => new TimeWindow(a.From, a.To));
        var recentSince = now - Matcher.RecentPeriod;
        var recent = await assignments
            .Where(a => a.AssignedAt >= recentSince)
            .GroupBy(a => a.VolunteerId)
            .Select(g => new { VolunteerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.VolunteerId, g => g.Count, cancellationToken);

        return [.. pool.Select(v => new NamedCandidate(
            new Candidate(v.Id, v.Home, v.Skills, v.Availability, [.. commitments[v.Id]], recent.GetValueOrDefault(v.Id)),
            v.Name))];
    }

    /// <summary>
    /// Assigns the best <paramref name="count"/> free candidates (fewer when fewer match) and raises what
    /// other services learn: <c>VolunteersAssigned</c> when anyone was assigned, <c>NeedUnmatched</c> with
    /// the reason when the need is still short.
    /// </summary>
    public static async Task<NeedError?> AutoAssignAsync(
        VolunteersDbContext db, Need need, SkillTree tree, int count, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (need.Status == NeedStatus.Cancelled)
        {
            return NeedError.WrongState(need.Status, $"Need {need.Id} was cancelled; nobody can be assigned to it.");
        }

        var wanted = Math.Min(count, need.Missing);
        var picked = new List<AssignedPerson>();
        var profile = Profile(need, tree);
        if (wanted > 0 && profile.AcceptedSkills.Count > 0)
        {
            var candidates = await CandidatesAsync(db, need, profile, now, cancellationToken);
            var names = candidates.ToDictionary(c => c.Candidate.VolunteerId, c => c.Name);
            picked = [.. Matcher.Rank(profile, candidates.Select(c => c.Candidate), wanted).Select(m => new AssignedPerson(m.VolunteerId, names[m.VolunteerId]))];
        }

        if (picked.Count > 0 && need.Assign(picked, now) is { } error)
        {
            return error;
        }

        var reason = picked.Count >= wanted ? null : Shortfall(need, profile, picked.Count, wanted);
        need.NoteShortfall(reason);
        if (picked.Count > 0)
        {
            RaiseAssigned(db, need, now);
        }

        if (reason is not null)
        {
            db.Raise(new NeedUnmatched(Guid.CreateVersion7(now), need.District, now, need.Id, SourceKind(need), need.SourceId, need.Skill, need.Count, reason), need.Id);
        }

        return null;
    }

    /// <summary>Tells the requesting service who is coming now (the whole list, possibly empty after a release).</summary>
    public static void RaiseAssigned(VolunteersDbContext db, Need need, DateTimeOffset now) =>
        db.Raise(new VolunteersAssigned(Guid.CreateVersion7(now), need.District, now, need.Id, SourceKind(need), need.SourceId, need.Skill,
            [.. need.Assignments.Select(a => new AssignedVolunteer(a.VolunteerId, a.VolunteerName))]), need.Id);

    private static string SourceKind(Need need) => WireNames.Name(need.SourceKind);

    private static string Shortfall(Need need, NeedProfile profile, int found, int wanted) => profile.AcceptedSkills.Count == 0
        ? $"Skill '{need.Skill}' is not in the district's skill tree."
        : $"Found {found} of {wanted} volunteer(s) with skill '{need.Skill}' who are active and free from {need.From:u} to {need.To:u}.";
}
