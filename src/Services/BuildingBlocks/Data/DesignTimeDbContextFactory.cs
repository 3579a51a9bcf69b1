using Governance.ServiceDefaults.Districts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Governance.BuildingBlocks.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a service's DbContext without running the service:
/// the model does not depend on the connection or the caller.
/// </summary>
public abstract class DesignTimeDbContextFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DistrictDbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=design-time-only").Options;
        return ((TContext)Activator.CreateInstance(typeof(TContext), options)!).ServeFor<TContext>(new DesignTimeDistrictContext());
    }

    private sealed class DesignTimeDistrictContext : IDistrictContext
    {
        public DistrictCaller Caller => DistrictCaller.Anonymous;
    }
}
