using Microsoft.Extensions.Options;

namespace Governance.Places.Features;

public sealed class PlacesOptions
{
    public const string Section = "Places";

    /// <summary>The IANA zone opening hours are written in (every district of the platform is in China today).</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}

/// <summary>The zone a place's opening hours are read in.</summary>
public sealed class DistrictTime(IOptions<PlacesOptions> options)
{
    // A machine without time-zone data (a minimal container) still gets China's fixed UTC+8, which has had no daylight saving since 1991.
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.TryFindSystemTimeZoneById(options.Value.TimeZone, out var zone)
        ? zone
        : TimeZoneInfo.CreateCustomTimeZone(options.Value.TimeZone, TimeSpan.FromHours(8), options.Value.TimeZone, options.Value.TimeZone);
}
