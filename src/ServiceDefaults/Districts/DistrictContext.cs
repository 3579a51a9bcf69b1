using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.ServiceDefaults.Districts;

/// <summary>The current caller's district, for handlers and the EF Core district filter.</summary>
public interface IDistrictContext
{
    DistrictCaller Caller { get; }
}

/// <summary>The caller of the current HTTP request or, when consuming a message, the message's district.</summary>
internal sealed class HttpDistrictContext(IHttpContextAccessor accessor) : IDistrictContext
{
    public DistrictCaller Caller => accessor.HttpContext is { } http
        ? DistrictCaller.From(http.User)
        : DistrictScope.Current is { } district ? new DistrictCaller(district, false) : DistrictCaller.Anonymous;
}

public static class DistrictContextExtensions
{
    /// <summary>
    /// The caller's district, for writes that need one; a caller of no district (a platform token) gets
    /// <see cref="DistrictAccessException"/>, which every service answers with 403 ProblemDetails.
    /// </summary>
    /// <param name="toDo">What the caller cannot do without a district, for the answer's detail.</param>
    public static string RequireDistrict(this IDistrictContext districts, string toDo) =>
        districts.Caller.District ?? throw new DistrictAccessException($"The caller's token names no district, so it cannot {toDo}.");
}

public static class DistrictContextRegistration
{
    public static IServiceCollection AddDistrictContext(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IDistrictContext, HttpDistrictContext>();
        return services;
    }
}

/// <summary>Thrown when a caller tries to write district-owned data it does not own.</summary>
public sealed class DistrictAccessException(string message) : Exception(message);
