using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.ServiceDefaults.Districts;

/// <summary>The current caller's district, for handlers and the EF Core district filter.</summary>
public interface IDistrictContext
{
    DistrictCaller Caller { get; }
}

/// <summary>
/// The caller of the current HTTP request (or the district a public endpoint acts for, see
/// <see cref="DistrictContextExtensions.ActFor"/>) or, when consuming a message, the message's district.
/// </summary>
internal sealed class HttpDistrictContext(IHttpContextAccessor accessor) : IDistrictContext
{
    public DistrictCaller Caller => accessor.HttpContext is { } http
        ? http.Features.Get<ActingDistrict>() is { } acting ? new DistrictCaller(acting.District, false) : DistrictCaller.From(http.User)
        : DistrictScope.Current is { } district ? new DistrictCaller(district, false) : DistrictCaller.Anonymous;
}

internal sealed record ActingDistrict(string District);

public static class DistrictContextExtensions
{
    /// <summary>
    /// The caller's district, for writes that need one; a caller of no district (a platform token) gets
    /// <see cref="DistrictAccessException"/>, which every service answers with 403 ProblemDetails.
    /// </summary>
    /// <param name="toDo">What the caller cannot do without a district, for the answer's detail.</param>
    public static string RequireDistrict(this IDistrictContext districts, string toDo) =>
        districts.Caller.District ?? throw new DistrictAccessException($"The caller's token names no district, so it cannot {toDo}.");

    /// <summary>
    /// Scopes the rest of an anonymous request to <paramref name="district"/>, for public endpoints (Open311)
    /// whose district comes from what the endpoint itself checked (a known jurisdiction, a valid API key),
    /// not from a token. A caller with a token keeps its own district.
    /// </summary>
    public static void ActFor(this HttpContext http, string district)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            throw new DistrictAccessException("A caller with a token acts for its own district only.");
        }

        http.Features.Set(new ActingDistrict(district));
    }
}

public static class DistrictContextRegistration
{
    public static IServiceCollection AddDistrictContext(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.Configure<DistrictTimeOptions>(configuration.GetSection(DistrictTimeOptions.Section));
        services.AddSingleton<DistrictTime>();
        services.AddScoped<IDistrictContext, HttpDistrictContext>();
        return services;
    }
}

/// <summary>Thrown when a caller tries to write district-owned data it does not own.</summary>
public sealed class DistrictAccessException(string message) : Exception(message);
