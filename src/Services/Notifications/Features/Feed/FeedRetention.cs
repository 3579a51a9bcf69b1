using Governance.Notifications.Data;
using Governance.Notifications.Domain.Feed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Governance.Notifications.Features.Feed;

public sealed class FeedOptions
{
    public const string Section = "Feed";

    /// <summary>How long frames are kept for clients to resume from; an older <c>Last-Event-ID</c> gets a reset frame.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long where a subject sits is remembered after its last event.</summary>
    public TimeSpan SubjectRetention { get; set; } = TimeSpan.FromDays(365);

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Deletes frames past their retention, used-up tickets and long-idle subjects. Every replica sweeps;
/// the deletes are idempotent, so two sweeping at once cost a little work and change nothing.
/// </summary>
internal sealed partial class FeedRetention(IServiceScopeFactory scopes, IOptions<FeedOptions> options, TimeProvider clock, ILogger<FeedRetention> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
                var now = clock.GetUtcNow();
                var frames = await db.Set<FeedEntry>().IgnoreQueryFilters().Where(e => e.RecordedAt < now - options.Value.Retention).ExecuteDeleteAsync(stoppingToken);
                await db.Set<FeedTicket>().Where(t => t.ExpiresAt < now).ExecuteDeleteAsync(stoppingToken);
                await db.Set<FeedSubject>().IgnoreQueryFilters().Where(s => s.RecordedAt < now - options.Value.SubjectRetention).ExecuteDeleteAsync(stoppingToken);
                LogSwept(frames);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(ex);
            }

            await Task.Delay(options.Value.SweepInterval, clock, stoppingToken);
        }
    }

    [LoggerMessage(LogLevel.Debug, "Feed retention deleted {Frames} frames")]
    private partial void LogSwept(int frames);

    [LoggerMessage(LogLevel.Warning, "Feed retention failed; trying again at the next sweep")]
    private partial void LogSweepFailed(Exception exception);
}
