using System.Security.Claims;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Security;

namespace Governance.Volunteers.Features;

/// <summary>The roles the wish and hours endpoints check, and who the history names.</summary>
internal static class CallerRoles
{
    /// <summary>The token's subject: the "who" of histories and audit trails.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.FindFirst(DistrictCaller.SubjectClaim)?.Value ?? "unknown";

    public static bool IsCoordinator(this ClaimsPrincipal user) => user.IsInRole(Roles.VolunteerCoordinator) || user.IsInRole(Roles.DistrictAdmin);

    public static bool IsGridWorker(this ClaimsPrincipal user) => user.IsInRole(Roles.GridWorker) || user.IsInRole(Roles.DistrictAdmin);
}
