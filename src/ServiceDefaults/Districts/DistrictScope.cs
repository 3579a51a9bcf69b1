using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Governance.ServiceDefaults.Districts;

/// <summary>
/// Carries the caller's district through the async flow of a request so that every span and
/// every log line written on its behalf names the district.
/// </summary>
public static class DistrictScope
{
    public const string TagName = "governance.district";

    private static readonly AsyncLocal<string?> CurrentDistrict = new();

    public static string? Current => CurrentDistrict.Value;

    /// <summary>Runs work (a request, a consumed message) on behalf of a district.</summary>
    public static IDisposable Enter(string district, ILogger logger)
    {
        var previous = CurrentDistrict.Value;
        CurrentDistrict.Value = district;
        Activity.Current?.SetTag(TagName, district);
        var logScope = logger.BeginScope(new Dictionary<string, object> { ["District"] = district });
        return new Exit(previous, logScope);
    }

    public static WebApplication UseDistrictScope(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Governance.District");
        app.Use(async (context, next) =>
        {
            var district = DistrictCaller.From(context.User).District;
            if (district is null)
            {
                await next(context);
                return;
            }

            using (Enter(district, logger))
            {
                await next(context);
            }
        });
        return app;
    }

    private sealed class Exit(string? previous, IDisposable? logScope) : IDisposable
    {
        public void Dispose()
        {
            logScope?.Dispose();
            CurrentDistrict.Value = previous;
        }
    }
}
