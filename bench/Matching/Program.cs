using System.Diagnostics;
using System.Globalization;
using Governance.Volunteers.Domain.Matching;
using Governance.Volunteers.Domain.Pool;
using Governance.Volunteers.Domain.Skills;

// Top-10 matching over a 100,000-volunteer pool on a Lunan-scale territory (12 streets × 20
// communities × 20 grids): the service's path (candidates pre-filtered by the need's skill subtree,
// as the service's SQL does, then Matcher.Rank with its bounded heap) against a naive full scan
// (score every volunteer, sort them all, take 10), on the same needs in one run.
// Prints the median time per need for each and the ratio. Arguments: pool size, needs per round, rounds.
var poolSize = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var needsPerRound = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 9;
const int Top = 10;

var random = new Random(42);
var tree = new SkillTree(PlatformSkills.All);
var codes = PlatformSkills.All.Select(n => n.Code).ToArray();
var grids = new List<UnitPath>();
for (var s = 0; s < 12; s++)
{
    var street = Guid.CreateVersion7();
    for (var c = 0; c < 20; c++)
    {
        var community = Guid.CreateVersion7();
        for (var g = 0; g < 20; g++)
        {
            grids.Add(new UnitPath(street, community, Guid.CreateVersion7()));
        }
    }
}

var saturday = new DateTimeOffset(2026, 12, 5, 9, 0, 0, Matcher.LocalOffset);
var pool = Enumerable.Range(0, poolSize).Select(_ => Volunteer()).ToList();

Candidate Volunteer()
{
    var skills = codes.OrderBy(_ => random.Next()).Take(random.Next(1, 4))
        .Select(code => new VolunteerSkill(code, (SkillLevel)random.Next(3), random.Next(10) < 3 ? "Certificate" : null, random.Next(10) < 3))
        .ToList();
    var availability = Enumerable.Range(0, random.Next(1, 4))
        .Select(_ => random.Next(8, 19) is var start
            ? new WeeklyWindow((DayOfWeek)random.Next(7), new TimeOnly(start, 0), new TimeOnly(start + random.Next(1, 4), 0))
            : null!)
        .ToList();
    IReadOnlyList<TimeWindow> commitments = random.Next(20) == 0
        ? [new TimeWindow(saturday.AddHours(random.Next(-4, 4)), saturday.AddHours(random.Next(5, 9)))]
        : [];
    return new Candidate(Guid.CreateVersion7(), grids[random.Next(grids.Count)], skills, availability, commitments, random.Next(6));
}

// The service's pre-filter: volunteers by skill code (the SQL filter on volunteer_skills.Skill).
var bySkill = pool.SelectMany(c => c.Skills.Select(s => (s.Skill, Candidate: c))).ToLookup(x => x.Skill, x => x.Candidate);

IEnumerable<Candidate> PreFiltered(NeedProfile need)
{
    var seen = new HashSet<Guid>();
    foreach (var skill in need.AcceptedSkills)
    {
        foreach (var candidate in bySkill[skill])
        {
            if (seen.Add(candidate.VolunteerId))
            {
                yield return candidate;
            }
        }
    }
}

IReadOnlyList<Match> Indexed(NeedProfile need) => Matcher.Rank(need, PreFiltered(need), Top);

IReadOnlyList<Match> Naive(NeedProfile need) =>
    [.. pool.Select(c => Matcher.Evaluate(need, c)).OfType<Evaluation>().Order(Matcher.Order).Take(Top).Select(e => Matcher.Explain(need, e))];

var needs = Enumerable.Range(0, needsPerRound).Select(i =>
{
    var skill = codes[random.Next(codes.Length)];
    var start = saturday.AddDays(random.Next(0, 7)).AddHours(random.Next(0, 8));
    return new NeedProfile(skill, tree.Subtree(skill), grids[random.Next(grids.Count)], new TimeWindow(start, start.AddHours(3)));
}).ToList();

// Both must agree before either is timed.
var disagreements = needs.Count(n => !Indexed(n).Select(m => (m.VolunteerId, m.Score)).SequenceEqual(Naive(n).Select(m => (m.VolunteerId, m.Score))));
var candidates = needs.Average(n => PreFiltered(n).Count());

var indexedTimes = new List<double>();
var naiveTimes = new List<double>();
for (var round = 0; round < rounds; round++)
{
    foreach (var need in needs)
    {
        var watch = Stopwatch.StartNew();
        Indexed(need);
        indexedTimes.Add(watch.Elapsed.TotalMilliseconds);
        watch.Restart();
        Naive(need);
        naiveTimes.Add(watch.Elapsed.TotalMilliseconds);
    }
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

var indexedMedian = Median(indexedTimes);
var naiveMedian = Median(naiveTimes);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    pool: {pool.Count:N0} volunteers in {grids.Count:N0} grids; {needs.Count} needs × {rounds} rounds; on average {candidates:N0} candidates hold an accepted skill
    disagreements between the two paths (ids and scores of the top {Top}): {disagreements}
    | path | median per need (top {Top}) |
    |---|---|
    | skill pre-filter + bounded heap (service) | {indexedMedian:F3} ms |
    | naive full scan + full sort | {naiveMedian:F3} ms |
    speed-up: {naiveMedian / indexedMedian:F1}×; target ≤ 5 ms median: {(indexedMedian <= 5 ? "met" : "MISSED")}
    """));
