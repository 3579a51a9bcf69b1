using System.Security.Claims;
using Governance.ServiceDefaults.Districts;

namespace Governance.Volunteers.Features;

/// <summary>The roles the wish and hours endpoints check, and who the history names.</summary>
internal static class CallerRoles
{
    public const string DistrictAdmin = "district-admin";
    public const string Coordinator = "volunteer-coordinator";
    public const string GridWorker = "grid-worker";

    /// <summary>The policy of endpoints that organise other people's work: needs, assignments, teams, the pool's records.</summary>
    public const string CoordinatorPolicy = "volunteer-coordination";

    /// <summary>Only a coordinator (or the district's administrator) organises the pool; any district member may read it or sign up.</summary>
    public static IServiceCollection AddCoordinatorPolicy(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(CoordinatorPolicy, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(Coordinator, DistrictAdmin));
        return services;
    }

    /// <summary>The token's subject: the "who" of histories and audit trails.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.FindFirst(DistrictCaller.SubjectClaim)?.Value ?? "unknown";

    public static bool IsCoordinator(this ClaimsPrincipal user) => user.IsInRole(Coordinator) || user.IsInRole(DistrictAdmin);

    public static bool IsGridWorker(this ClaimsPrincipal user) => user.IsInRole(GridWorker) || user.IsInRole(DistrictAdmin);
}
