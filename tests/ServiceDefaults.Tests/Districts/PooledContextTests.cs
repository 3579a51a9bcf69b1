using Governance.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.ServiceDefaults.Tests.Districts;

/// <summary>
/// Contexts are pooled, and some handlers switch EF behaviour off for their one save (the case
/// report its transaction and change detection, consumers their savepoints): the next lease of the
/// same instance must start with the defaults again. Checked without a database.
/// </summary>
public class PooledContextTests
{
    private sealed class PooledContext(DbContextOptions<PooledContext> options) : DistrictDbContext(options);

    [Fact]
    public void A_context_back_from_the_pool_has_the_default_save_behaviour_again()
    {
        using var services = new ServiceCollection()
            .AddPooledDbContextFactory<PooledContext>(options => options.UseNpgsql("Host=unused"))
            .BuildServiceProvider();
        var factory = services.GetRequiredService<IDbContextFactory<PooledContext>>();

        var first = factory.CreateDbContext();
        first.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        first.Database.AutoSavepointsEnabled = false;
        first.ChangeTracker.AutoDetectChangesEnabled = false;
        first.Dispose();

        using var second = factory.CreateDbContext();
        Assert.Same(first, second);
        Assert.Equal(AutoTransactionBehavior.WhenNeeded, second.Database.AutoTransactionBehavior);
        Assert.True(second.Database.AutoSavepointsEnabled);
        Assert.True(second.ChangeTracker.AutoDetectChangesEnabled);
    }
}
