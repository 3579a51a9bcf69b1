using System.Diagnostics;
using Governance.Grid.Data;
using Governance.Grid.Domain.Cases;
using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Http;
using Governance.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Options;

namespace Governance.Grid.Features.Cases;

/// <summary>
/// Escalates cases whose deadline passed unresolved (at street level: marks them overdue, announced by
/// <c>CaseOverdue</c>). The sweeper's claim plus the re-check of the deadline in the domain mean a case
/// is handled by exactly one replica, once per deadline. Events go to the outbox in the same transaction.
/// </summary>
internal sealed partial class SlaTimer(
    IServiceScopeFactory scopes, SlaPolicy sla, TimeProvider clock, IOptions<CasesOptions> options, ILogger<SlaTimer> logger)
    : DeadlineSweeper<GridDbContext, GridCase>(scopes, clock, logger)
{
    private static readonly ActivitySource Source = new(GovernanceTelemetry.SourceName);

    protected override TimeSpan PollInterval => options.Value.EscalationPollInterval;

    protected override int BatchSize => options.Value.EscalationBatchSize;

    protected override string DueIdsSql { get; } =
        $"SELECT \"Id\" AS \"Value\" FROM {CaseConfiguration.Table} WHERE {CaseConfiguration.TimerFilter} AND \"DueAt\" <= {{0}} "
        + "ORDER BY \"DueAt\" LIMIT {1} FOR UPDATE SKIP LOCKED";

    protected override IQueryable<GridCase> Due(GridDbContext db, IReadOnlyCollection<Guid> ids) =>
        db.Cases.Where(c => ids.Contains(c.Id)).OrderBy(c => c.DueAt);

    protected override void Handle(GridDbContext db, GridCase item, DateTimeOffset now)
    {
        using var activity = Source.StartActivity("case sla deadline");
        var from = item.Level;
        var outcome = item.DeadlinePassed(sla, now);
        activity?.SetTag("governance.case.id", item.Id);
        activity?.SetTag("governance.case.outcome", WireNames.Name(outcome));
        activity?.SetTag("governance.case.level", WireNames.Name(item.Level));
        if (outcome == DeadlineOutcome.Escalate)
        {
            db.Raise(CaseEvents.Escalated(item, from, automatic: true, now), item.Id);
            LogEscalated(Logger, item.Id, WireNames.Name(from), WireNames.Name(item.Level));
        }
        else if (outcome == DeadlineOutcome.MarkOverdue)
        {
            db.Raise(CaseEvents.Overdue(item, now), item.Id);
            LogOverdue(Logger, item.Id);
        }
    }

    [LoggerMessage(LogLevel.Information, "Case {CaseId} missed its deadline and was escalated from {From} to {To}")]
    private static partial void LogEscalated(ILogger logger, Guid caseId, string from, string to);

    [LoggerMessage(LogLevel.Warning, "Case {CaseId} missed its street-level deadline and is overdue")]
    private static partial void LogOverdue(ILogger logger, Guid caseId);
}
