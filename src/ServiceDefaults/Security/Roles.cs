using Microsoft.AspNetCore.Builder;

namespace Governance.ServiceDefaults.Security;

/// <summary>The roles the platform's tokens carry, and the guard for endpoints that only some of them may call.</summary>
public static class Roles
{
    /// <summary>Administers a district: may do everything in it and sees personal data unmasked.</summary>
    public const string DistrictAdmin = "district-admin";

    /// <summary>Keeps a district's territory (units) and its grid workers' records and duty.</summary>
    public const string TerritoryAdmin = "territory-admin";

    /// <summary>Works grids: households, residents, door visits and cases, in the grids assigned to the worker.</summary>
    public const string GridWorker = "grid-worker";

    /// <summary>Keeps the volunteer pool, needs, teams, wishes and service hours.</summary>
    public const string VolunteerCoordinator = "volunteer-coordinator";

    /// <summary>Runs community activities.</summary>
    public const string EventOrganizer = "event-organizer";

    /// <summary>Keeps the party organisation's records.</summary>
    public const string PartyOrganizer = "party-organizer";

    /// <summary>Keeps a district's places (service stations, centres, partner-run rooms), its partners, and the bookings and visits of its places.</summary>
    public const string PlaceManager = "place-manager";

    /// <summary>City level: reads every district (never writes one, never sees personal data in full).</summary>
    public const string CityOps = "city-ops";

    /// <summary>Operates the platform: error queues and their redrive.</summary>
    public const string PlatformOps = "platform-ops";

    /// <summary>
    /// Only callers with <paramref name="role"/> (or the district's administrator) may call the endpoint;
    /// anyone else of the district gets 403 ProblemDetails. The district check of the API group still applies.
    /// </summary>
    public static TBuilder RequireRoleOrDistrictAdmin<TBuilder>(this TBuilder endpoint, string role)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireRole(role, DistrictAdmin));
}
