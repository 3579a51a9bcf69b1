using System.Diagnostics;
using Governance.ServiceDefaults.Districts;
using OpenTelemetry;

namespace Governance.ServiceDefaults.Telemetry;

/// <summary>
/// Stamps the caller's district on every span started while a request of that district runs
/// (database, HTTP and messaging spans included), so traces can be filtered by district.
/// </summary>
internal sealed class DistrictTagProcessor : BaseProcessor<Activity>
{
    public override void OnStart(Activity data)
    {
        var district = DistrictScope.Current;
        if (district is not null)
        {
            data.SetTag(DistrictScope.TagName, district);
        }
    }
}
