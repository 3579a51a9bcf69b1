using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.ServiceDefaults.Http;

/// <summary>
/// Middleware or endpoints a building block adds where the caller is known (authenticated,
/// authorised, its district in scope): <c>MapDefaultEndpoints</c> runs each registered step
/// there, so a service gets them from the block's own <c>Add…</c> call and a process that adds no
/// block (the gateway) gets none, without these defaults knowing the blocks.
/// </summary>
public static class CallerPipeline
{
    public static IServiceCollection AddCallerPipelineStep(this IServiceCollection services, Action<WebApplication> step) =>
        services.AddSingleton(new CallerPipelineStep(step));

    internal static WebApplication UseCallerPipelineSteps(this WebApplication app)
    {
        foreach (var step in app.Services.GetServices<CallerPipelineStep>())
        {
            step.Apply(app);
        }

        return app;
    }

    private sealed record CallerPipelineStep(Action<WebApplication> Apply);
}
