using Microsoft.AspNetCore.Builder;

namespace Governance.ServiceDefaults.Security;

/// <summary>The roles a district's tokens carry, and the guard for endpoints that only some of them may call.</summary>
public static class Roles
{
    /// <summary>Administers a district: may do everything in it and sees personal data unmasked.</summary>
    public const string DistrictAdmin = "district-admin";

    /// <summary>
    /// Only callers with <paramref name="role"/> (or the district's administrator) may call the endpoint;
    /// anyone else of the district gets 403 ProblemDetails. The district check of the API group still applies.
    /// </summary>
    public static TBuilder RequireRoleOrDistrictAdmin<TBuilder>(this TBuilder endpoint, string role)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireRole(role, DistrictAdmin));
}
