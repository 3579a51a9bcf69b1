using System.Globalization;
using System.Text;

namespace Governance.Volunteers.Domain.Hours;

/// <summary>One volunteer's approved hours in one calendar month (UTC).</summary>
public sealed record MonthlyHours(Guid VolunteerId, string Name, int Year, int Month, decimal Hours);

/// <summary>
/// The hours report as RFC 4180 CSV: <c>volunteerId,name,month,hours</c>, one row per volunteer and
/// month (<c>2026-11</c>). Names are quoted when needed and a leading <c>= + - @</c> is neutralised,
/// so a spreadsheet never runs a name as a formula. No phone numbers: the report leaves the platform.
/// </summary>
public static class HoursCsv
{
    public const string Header = "volunteerId,name,month,hours";

    public static string Row(MonthlyHours row) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{row.VolunteerId},{Field(row.Name)},{row.Year:D4}-{row.Month:D2},{row.Hours:0.00}");

    public static string Field(string text)
    {
        var safe = text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;
        return safe.AsSpan().IndexOfAny(",\"\r\n") < 0 ? safe : new StringBuilder("\"").Append(safe.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
