using Governance.BuildingBlocks.Data;
using Governance.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Governance.Notifications.Data;

/// <summary>
/// The notifications service's database: its own records, and the outbox and inbox every service has
/// (<see cref="MessagingDbContext"/>). Each feature maps its entities in an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> beside this context, picked up here.
/// </summary>
public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : MessagingDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class NotificationsDesignTimeDbContextFactory : DesignTimeDbContextFactory<NotificationsDbContext>;
