using System.Diagnostics;
using Governance.Grid.Data;
using Governance.Grid.Domain.Cases;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Http;
using Governance.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Governance.Grid.Features.Cases;

/// <summary>
/// Escalates cases whose deadline passed unresolved (at street level: marks them overdue). The
/// deadlines live in the cases table, so the timer survives restarts; every replica polls, and
/// <c>FOR UPDATE SKIP LOCKED</c> plus the re-check of the deadline in the domain mean a case is
/// handled by exactly one of them, once per deadline. Events go to the outbox in the same transaction.
/// </summary>
internal sealed partial class SlaTimer(
    IServiceScopeFactory scopes, SlaPolicy sla, TimeProvider clock, IOptions<CasesOptions> options, ILogger<SlaTimer> logger)
    : BackgroundService
{
    private static readonly ActivitySource Source = new(GovernanceTelemetry.SourceName);

    private static readonly string DueCasesSql =
        $"SELECT \"Id\" AS \"Value\" FROM {CaseConfiguration.Table} WHERE {CaseConfiguration.TimerFilter} AND \"DueAt\" <= {{0}} "
        + "ORDER BY \"DueAt\" LIMIT {1} FOR UPDATE SKIP LOCKED";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.EscalationPollInterval, clock);
        do
        {
            try
            {
                while (await HandleDueCasesAsync(settings.EscalationBatchSize, stoppingToken) == settings.EscalationBatchSize)
                {
                    // a full batch: more cases may be waiting
                }
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                // The migration runner starts with the service; until it is done there is nothing to time.
                LogNotMigrated();
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> HandleDueCasesAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GridDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();

        // Across all districts: the timer acts for each case's own district below.
        var ids = await db.Database.SqlQueryRaw<Guid>(DueCasesSql, now, batchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var due = await db.Cases.IgnoreQueryFilters().Where(c => ids.Contains(c.Id)).OrderBy(c => c.DueAt).ToListAsync(cancellationToken);
        foreach (var item in due)
        {
            using var activity = Source.StartActivity("case sla deadline");
            using (DistrictScope.Enter(item.District, logger))
            {
                var from = item.Level;
                var outcome = item.DeadlinePassed(sla, now);
                activity?.SetTag("governance.case.id", item.Id);
                activity?.SetTag("governance.case.outcome", WireNames.Name(outcome));
                activity?.SetTag("governance.case.level", WireNames.Name(item.Level));
                if (outcome == DeadlineOutcome.Escalate)
                {
                    db.Raise(CaseEvents.Escalated(item, from, automatic: true, now), item.Id);
                    LogEscalated(item.Id, WireNames.Name(from), WireNames.Name(item.Level));
                }
                else if (outcome == DeadlineOutcome.MarkOverdue)
                {
                    LogOverdue(item.Id);
                }

                // Saved per case, inside its district scope, so the district checks on saving apply to it.
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return ids.Count;
    }

    [LoggerMessage(LogLevel.Information, "Case {CaseId} missed its deadline and was escalated from {From} to {To}")]
    private partial void LogEscalated(Guid caseId, string from, string to);

    [LoggerMessage(LogLevel.Warning, "Case {CaseId} missed its street-level deadline and is overdue")]
    private partial void LogOverdue(Guid caseId);

    [LoggerMessage(LogLevel.Debug, "The cases table does not exist yet; the SLA timer waits for the migrations")]
    private partial void LogNotMigrated();

    [LoggerMessage(LogLevel.Warning, "The SLA timer failed; retrying at the next poll")]
    private partial void LogFailed(Exception ex);
}
