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
