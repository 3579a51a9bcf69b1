using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.ServiceDefaults.Districts;

/// <summary>The current caller's district, for handlers and the EF Core district filter.</summary>
public interface IDistrictContext
{
    DistrictCaller Caller { get; }
}

internal sealed class HttpDistrictContext(IHttpContextAccessor accessor) : IDistrictContext
{
    public DistrictCaller Caller => DistrictCaller.From(accessor.HttpContext?.User);
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
