using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Security;
using Governance.Volunteers.Domain.Pool;

namespace Governance.Volunteers.Features.Volunteers;

/// <summary>The one place that decides, per request, whether volunteers' phones are shown in full and whose credentials are shown at all.</summary>
public sealed class ContactAccess(IHttpContextAccessor http)
{
    public ContactViewer Viewer
    {
        get
        {
            var user = http.HttpContext?.User;
            var roles = user?.FindAll(DistrictCaller.RoleClaim).Select(c => c.Value).ToList() ?? [];
            return ContactViewer.For(DistrictCaller.From(user).District, roles, user?.Subject());
        }
    }
}
