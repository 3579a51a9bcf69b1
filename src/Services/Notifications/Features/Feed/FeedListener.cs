using Governance.Notifications.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Governance.Notifications.Features.Feed;

/// <summary>
/// Listens for the feed's commits (<see cref="FeedLog.Channel"/>) on one connection per replica and wakes
/// the district's reader in <see cref="FeedHub"/>. Losing the connection loses no frame: the readers
/// poll as well, so a missed wake-up costs at most <see cref="FeedHub.PollInterval"/> of latency.
/// </summary>
internal sealed partial class FeedListener(IServiceScopeFactory scopes, FeedHub hub, ILogger<FeedListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                string connectionString;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    connectionString = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database.GetConnectionString()!;
                }

                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, notification) => hub.Wake(notification.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {FeedLog.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogListenFailed(ex);
                await Task.Delay(FeedHub.PollInterval, stoppingToken);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Listening for feed commits failed; the feed falls back to polling until the connection is back")]
    private partial void LogListenFailed(Exception exception);
}
