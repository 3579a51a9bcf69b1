using Governance.BuildingBlocks.Data;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Wishes;
using Microsoft.Extensions.Options;

namespace Governance.Volunteers.Features.Wishes;

/// <summary>Settings under <c>Wishes</c>.</summary>
public sealed class WishesOptions
{
    public const string Section = "Wishes";

    /// <summary>How often each replica records the expiry of wishes whose deadline passed.</summary>
    public TimeSpan ExpiryPollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>At most this many wishes are expired per transaction.</summary>
    public int ExpiryBatchSize { get; set; } = 100;
}

/// <summary>
/// Writes down the expiry of posted or claimed wishes past their deadline. Reads already show them
/// expired (<see cref="MicroWish.StatusAt"/>) and actions refuse them, so the sweeper only makes the
/// stored status and the history catch up; <see cref="MicroWish.Expire"/> records an expiry once.
/// </summary>
internal sealed partial class WishExpirySweeper(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<WishesOptions> options, ILogger<WishExpirySweeper> logger)
    : DeadlineSweeper<VolunteersDbContext, MicroWish>(scopes, clock, logger)
{
    protected override TimeSpan PollInterval => options.Value.ExpiryPollInterval;

    protected override int BatchSize => options.Value.ExpiryBatchSize;

    protected override string DueIdsSql { get; } =
        $"SELECT \"Id\" AS \"Value\" FROM {MicroWishConfiguration.Table} WHERE {MicroWishConfiguration.SweeperFilter} AND \"Deadline\" <= {{0}} "
        + "ORDER BY \"Deadline\" LIMIT {1} FOR UPDATE SKIP LOCKED";

    protected override IQueryable<MicroWish> Due(VolunteersDbContext db, IReadOnlyCollection<Guid> ids) =>
        db.Set<MicroWish>().Where(w => ids.Contains(w.Id));

    protected override void Handle(VolunteersDbContext db, MicroWish wish, DateTimeOffset now)
    {
        if (wish.Expire(now))
        {
            LogExpired(Logger, wish.Id, wish.Deadline);
        }
    }

    [LoggerMessage(LogLevel.Information, "Wish {WishId} passed its deadline {Deadline} unfulfilled and expired")]
    private static partial void LogExpired(ILogger logger, Guid wishId, DateTimeOffset? deadline);
}
