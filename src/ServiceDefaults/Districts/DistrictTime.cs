using Microsoft.Extensions.Options;

namespace Governance.ServiceDefaults.Districts;

public sealed class DistrictTimeOptions
{
    public const string Section = "Districts";

    /// <summary>The IANA zone districts live in (every district of the platform is in China today).</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}

/// <summary>
/// The zone in which a district reads its times: opening hours are written in it, and standards
/// such as Open311 show times with its offset rather than in UTC.
/// </summary>
public sealed class DistrictTime(IOptions<DistrictTimeOptions> options)
{
    // A machine without time-zone data (a minimal container) still gets China's fixed UTC+8, which has had no daylight saving since 1991.
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.TryFindSystemTimeZoneById(options.Value.TimeZone, out var zone)
        ? zone
        : TimeZoneInfo.CreateCustomTimeZone(options.Value.TimeZone, TimeSpan.FromHours(8), options.Value.TimeZone, options.Value.TimeZone);

    /// <summary>The same instant as the district's clocks show it.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
