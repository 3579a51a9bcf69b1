using System.Text;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Hours;
using Governance.Volunteers.Domain.Pool;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Hours;

/// <summary>
/// <c>GET /api/volunteers/hours.csv?unitId=&amp;from=&amp;to=</c>: approved hours as CSV, one row per
/// volunteer and calendar month (UTC) of the entry's start, ordered by name. <c>unitId</c> keeps the
/// volunteers living in that unit or beneath it; <c>from</c> and <c>to</c> are inclusive dates.
/// Rows are streamed from the database as they are read.
/// </summary>
public static class HoursReport
{
    public static Results<PushStreamHttpResult, ValidationProblem> Handle(
        VolunteersDbContext db, Guid? unitId = null, DateOnly? from = null, DateOnly? to = null)
    {
        if (from is { } first && to is { } last && last < first)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["to must not be before from."] });
        }

        var rows = Rows(db, unitId, from, to);
        return TypedResults.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024);
            await writer.WriteAsync(HoursCsv.Header + "\r\n");
            await foreach (var row in rows)
            {
                await writer.WriteAsync(HoursCsv.Row(row) + "\r\n");
            }
        }, "text/csv; charset=utf-8", "hours.csv");
    }

    private static IAsyncEnumerable<MonthlyHours> Rows(VolunteersDbContext db, Guid? unitId, DateOnly? from, DateOnly? to)
    {
        var volunteers = db.Set<Volunteer>().AsNoTracking();
        if (unitId is { } unit)
        {
            volunteers = volunteers.Where(v => v.HomeUnitId == unit || v.GridId == unit || v.CommunityId == unit || v.StreetId == unit);
        }

        var entries = db.Set<HoursEntry>().AsNoTracking().Where(e => e.Status == HoursStatus.Approved);
        if (from is { } first)
        {
            var start = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.StartedAt >= start);
        }

        // The last day of the calendar has no next day to stop before: it bounds nothing.
        if (to is { } last && last < DateOnly.MaxValue)
        {
            var end = new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.StartedAt < end);
        }

        return entries
            .Join(volunteers, e => e.VolunteerId, v => v.Id, (e, v) => new { v.Id, v.Name, e.StartedAt.Year, e.StartedAt.Month, e.Hours })
            .GroupBy(x => new { x.Id, x.Name, x.Year, x.Month })
            .OrderBy(g => g.Key.Name).ThenBy(g => g.Key.Id).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.Month)
            .Select(g => new MonthlyHours(g.Key.Id, g.Key.Name, g.Key.Year, g.Key.Month, g.Sum(x => x.Hours)))
            .AsAsyncEnumerable();
    }
}
