namespace Governance.Grid.Features.Locate;

public static class LocateApi
{
    public static RouteGroupBuilder MapLocate(this RouteGroupBuilder api)
    {
        api.MapGet("/locate", LocateGrid.Handle)
            .WithSummary("The grid containing a WGS 84 point (lat, lon), with its community and street; 404 when the point is in no grid.");
        return api;
    }

    public static IServiceCollection AddGridLocator(this IServiceCollection services) =>
        services.AddSingleton<GridIndexCache>().AddScoped<IGridLocator, GridLocator>();
}
