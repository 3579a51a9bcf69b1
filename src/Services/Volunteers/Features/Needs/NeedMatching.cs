using System.Linq.Expressions;
using Governance.Contracts.Volunteers;
using Governance.ServiceDefaults.Domain;
using Governance.ServiceDefaults.Http;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Matching;
using Governance.Volunteers.Domain.Pool;
using Governance.Volunteers.Domain.Skills;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Needs;

/// <summary>A candidate with the name to show and publish.</summary>
public sealed record NamedCandidate(Candidate Candidate, string Name);

/// <summary>A ranked candidate with the name to show and publish.</summary>
public sealed record NamedMatch(Match Match, string Name);

/// <summary>Loads a need's candidates from the database, assigns the best ones and tells other services.</summary>
public static class NeedMatching
{
    public static NeedProfile Profile(Need need, SkillTree tree) => new(need.Skill, tree.Subtree(need.Skill), need.Place, need.Window);

    /// <summary>
    /// The best <paramref name="top"/> free candidates, best first, with their names. The need's own
    /// street is loaded and ranked first; from the rest of the district only those whose skill level
    /// could still outscore the ranking, and nobody when no one from outside the street could.
    /// </summary>
    public static async Task<IReadOnlyList<NamedMatch>> RankAsync(
        VolunteersDbContext db, Need need, NeedProfile profile, int top, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ranking = new Ranking(profile, top);
        var names = new Dictionary<Guid, string>();
        Workload? workload = null;
        var street = profile.Place.StreetId;
        var tiers = street is null
            ? [(Proximity.Elsewhere, (Expression<Func<Volunteer, bool>>)(v => true))]
            : new[] { (Proximity.SameGrid, (Expression<Func<Volunteer, bool>>)(v => v.StreetId == street)), (Proximity.Elsewhere, v => v.StreetId != street) };
        // Each tier is named by the nearest proximity found in it: that bounds what anyone in it can score.
        foreach (var (nearest, where) in tiers)
        {
            if (!ranking.Wants(nearest))
            {
                break;
            }

            var pool = await PoolAsync(db, profile, where, ranking.SkillPointsWanted(nearest), cancellationToken);
            if (pool.Count == 0)
            {
                continue;
            }

            workload ??= await WorkloadAsync(db, need, now, cancellationToken);
            var candidates = workload.Candidates(pool);
            foreach (var candidate in candidates)
            {
                names[candidate.Candidate.VolunteerId] = candidate.Name;
            }

            // Nearest first, so the bar rises early and farther candidates skip the availability scan.
            ranking.Consider(candidates.Select(c => c.Candidate).OrderByDescending(c => c.Home.ProximityTo(profile.Place)));
        }

        return [.. ranking.Best().Select(m => new NamedMatch(m, names[m.VolunteerId]))];
    }

    /// <summary>
    /// Active volunteers holding an accepted skill and matching <paramref name="where"/> (both filtered in
    /// SQL), with their commitments that overlap the need's window and their assignments of the last 30 days.
    /// </summary>
    public static async Task<IReadOnlyList<NamedCandidate>> CandidatesAsync(
        VolunteersDbContext db, Need need, NeedProfile profile, DateTimeOffset now, Expression<Func<Volunteer, bool>> where, CancellationToken cancellationToken)
    {
        var pool = await PoolAsync(db, profile, where, 0, cancellationToken);
        return pool.Count == 0 ? [] : (await WorkloadAsync(db, need, now, cancellationToken)).Candidates(pool);
    }

    /// <summary>Active volunteers holding an accepted skill worth at least <paramref name="skillPointsWanted"/> and matching <paramref name="where"/>, all filtered in SQL.</summary>
    private static Task<List<Volunteer>> PoolAsync(
        VolunteersDbContext db, NeedProfile profile, Expression<Func<Volunteer, bool>> where, int skillPointsWanted, CancellationToken cancellationToken)
    {
        var accepted = profile.AcceptedSkills.ToList();
        var (anyLevel, ifVerified) = Matcher.LevelsReaching(skillPointsWanted);
        return db.Set<Volunteer>().AsNoTracking()
            .Where(v => v.Active && v.Skills.Any(s => accepted.Contains(s.Skill)
                && (anyLevel.Contains(s.Level) || (ifVerified.Contains(s.Level) && s.CredentialName != null && s.CredentialVerified))))
            .Where(where)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The district's assignments that overlap the need's window, and how many each volunteer took lately.</summary>
    private static async Task<Workload> WorkloadAsync(VolunteersDbContext db, Need need, DateTimeOffset now, CancellationToken cancellationToken)
    {
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
        return new Workload(commitments, recent);
    }

    /// <summary>What the matcher needs to know of volunteers' other assignments, read once per ranking.</summary>
    private sealed record Workload(ILookup<Guid, TimeWindow> Commitments, Dictionary<Guid, int> Recent)
    {
        public IReadOnlyList<NamedCandidate> Candidates(IEnumerable<Volunteer> pool) => [.. pool.Select(v => new NamedCandidate(
            new Candidate(v.Id, v.Home, v.Skills, v.Availability, [.. Commitments[v.Id]], Recent.GetValueOrDefault(v.Id)),
            v.Name))];
    }

    /// <summary>
    /// Makes assignments of one district take turns until the transaction ends. Without it two needs
    /// with overlapping windows, assigned at the same moment (two consumers, two replicas), could both
    /// see a volunteer as free and book them twice.
    /// </summary>
    public static async Task LockAssignmentsAsync(VolunteersDbContext db, string district, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The assignment lock is held by a transaction; begin one first.");
        }

        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"volunteer-assignments:" + district}))", cancellationToken);
    }

    /// <summary>
    /// Assigns the best <paramref name="count"/> free candidates (fewer when fewer match) and raises what
    /// other services learn: <c>VolunteersAssigned</c> when anyone was assigned, <c>NeedUnmatched</c> with
    /// the reason when the need is still short.
    /// </summary>
    public static async Task<DomainError?> AutoAssignAsync(
        VolunteersDbContext db, Need need, SkillTree tree, int count, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (need.Status == NeedStatus.Cancelled)
        {
            return DomainError.WrongState(need.Status, $"Need {need.Id} was cancelled; nobody can be assigned to it.");
        }

        var wanted = Math.Min(count, need.Missing);
        var picked = new List<AssignedPerson>();
        var profile = Profile(need, tree);
        if (wanted > 0 && profile.AcceptedSkills.Count > 0)
        {
            await LockAssignmentsAsync(db, need.District, cancellationToken);
            picked = [.. (await RankAsync(db, need, profile, wanted, now, cancellationToken)).Select(m => new AssignedPerson(m.Match.VolunteerId, m.Name))];
        }

        if (picked.Count > 0 && need.Assign(picked, now) is { } error)
        {
            return error;
        }

        if (picked.Count > 0)
        {
            await RaiseAssignedAsync(db, need, now, cancellationToken);
        }

        if (picked.Count >= wanted)
        {
            need.NoteShortfall(null);
        }
        else
        {
            RaiseUnmatched(db, need, Shortfall(need, profile, picked.Count, wanted), now);
        }

        return null;
    }

    /// <summary>
    /// Tells the requesting service who is coming now (the whole list, possibly empty after a release), with
    /// the account linked to each volunteer (read in one query; null for a volunteer without one).
    /// </summary>
    public static async Task RaiseAssignedAsync(VolunteersDbContext db, Need need, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = need.Assignments.Select(a => a.VolunteerId).ToList();
        var accounts = ids.Count == 0
            ? new Dictionary<Guid, string?>()
            : await db.Set<Volunteer>().AsNoTracking()
                .Where(v => ids.Contains(v.Id) && v.Account != null)
                .Select(v => new { v.Id, v.Account })
                .ToDictionaryAsync(v => v.Id, v => v.Account, cancellationToken);
        db.Raise(new VolunteersAssigned(Guid.CreateVersion7(now), need.District, now, need.Id, need.SourceKind, need.SourceId, need.Skill,
            [.. need.Assignments.Select(a => new AssignedVolunteer(a.VolunteerId, a.VolunteerName, accounts.GetValueOrDefault(a.VolunteerId)))]), need.Id);
    }

    /// <summary>Tells the requesting service that the need is short of volunteers and why; the need shows the reason too.</summary>
    public static void RaiseUnmatched(VolunteersDbContext db, Need need, string reason, DateTimeOffset now)
    {
        need.NoteShortfall(reason);
        db.Raise(new NeedUnmatched(Guid.CreateVersion7(now), need.District, now, need.Id, need.SourceKind, need.SourceId, need.Skill, need.Count, reason), need.Id);
    }

    private static string Shortfall(Need need, NeedProfile profile, int found, int wanted) => profile.AcceptedSkills.Count == 0
        ? $"Skill '{need.Skill}' is not in the district's skill tree."
        : $"Found {found} of {wanted} volunteer(s) with skill '{need.Skill}' who are active and free from {need.From:u} to {need.To:u}.";
}
