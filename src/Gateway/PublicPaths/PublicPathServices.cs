namespace Governance.Gateway.PublicPaths;

public static class PublicPathServices
{
    /// <summary>
    /// Put first among the problem details writers: the default writer accepts every request that
    /// takes JSON, so a writer added after it would never be asked.
    /// </summary>
    public static IHostApplicationBuilder AddPublicPaths(this IHostApplicationBuilder builder)
    {
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, GeoReportErrorWriter>());
        return builder;
    }
}
