using System.Security.Claims;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Security;

namespace Governance.Volunteers.Features;

/// <summary>The roles the wish and hours endpoints check, and who the history names.</summary>
internal static class CallerRoles
{
    public const string DistrictAdmin = Roles.DistrictAdmin;
    public const string Coordinator = "volunteer-coordinator";
    public const string GridWorker = "grid-worker";

    /// <summary>The token's subject: the "who" of histories and audit trails.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.FindFirst(DistrictCaller.SubjectClaim)?.Value ?? "unknown";

    public static bool IsCoordinator(this ClaimsPrincipal user) => user.IsInRole(Coordinator) || user.IsInRole(DistrictAdmin);

    public static bool IsGridWorker(this ClaimsPrincipal user) => user.IsInRole(GridWorker) || user.IsInRole(DistrictAdmin);
}
