using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Governance.ServiceDefaults.Api;

/// <summary>What a caller looks like to a domain service: useful to check a token end to end.</summary>
public sealed record CallerResponse(string Service, string? District, bool CanReadAllDistricts, string? Subject, IReadOnlyList<string> Roles);

public static class DomainApi
{
    /// <summary>
    /// The route group under which a domain service publishes its API (<c>/api/{domain}</c>):
    /// every endpoint in it requires a token with a district (or a city-level role), and
    /// <c>GET /api/{domain}/me</c> tells the caller how the service sees its token.
    /// </summary>
    public static RouteGroupBuilder MapDomainApi(this IEndpointRouteBuilder app, string domain)
    {
        var group = app.MapGroup($"/api/{domain}")
            .RequireAuthorization(Authentication.DistrictMemberPolicy)
            .CheckRequestContent()
            .WithTags(domain);

        group.MapGet("/me", (HttpContext context) => GetCaller(context, domain))
            .WithName($"{domain}-caller")
            .WithSummary("How this service sees the caller's token: district, roles and subject.");
        return group;
    }

    private static Ok<CallerResponse> GetCaller(HttpContext context, string domain)
    {
        var caller = DistrictCaller.From(context.User);
        return TypedResults.Ok(new CallerResponse(
            domain,
            caller.District,
            caller.CanReadAllDistricts,
            context.User.FindFirst(DistrictCaller.SubjectClaim)?.Value,
            context.User.FindAll(DistrictCaller.RoleClaim).Select(r => r.Value).ToList()));
    }
}
