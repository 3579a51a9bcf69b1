using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Governance.BuildingBlocks.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Governance.Notifications.Data;

/// <summary>
/// The notifications service's database: the district feed of the last day, its copy of the grid's
/// units (to place a change on the unit ladder), and the outbox and inbox every service has
/// (<see cref="MessagingDbContext"/>). Each feature maps its entities in an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> beside this context, picked up here.
/// </summary>
public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : MessagingDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
        KnownUnit.Configure(modelBuilder);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class NotificationsDesignTimeDbContextFactory : DesignTimeDbContextFactory<NotificationsDbContext>;
