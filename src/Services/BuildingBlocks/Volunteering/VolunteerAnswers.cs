using Governance.Contracts;
using Governance.Contracts.Volunteers;
using Governance.BuildingBlocks.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Governance.BuildingBlocks.Volunteering;

/// <summary>What an answer of the volunteer service did to the request it answers.</summary>
public enum AnswerOutcome
{
    /// <summary>The request now shows the answer.</summary>
    Applied,

    /// <summary>A later answer was applied already (answers travel on two queues and may overtake each other).</summary>
    Stale,

    /// <summary>The request was withdrawn after it was sent (an activity cancelled meanwhile); the requester told the volunteer service so.</summary>
    Withdrawn,
}

/// <summary>
/// What a service that asks the volunteer service for people does with the answers to its own
/// requests (those of <see cref="SourceKind"/>); answers to other services' requests are not its business.
/// An answer about a request the district does not have can never apply: throw <see cref="InvalidMessageException"/>.
/// </summary>
public abstract class VolunteerAnswers<TContext>
    where TContext : MessagingDbContext
{
    /// <summary>The source kind this service's requests carry, e.g. <see cref="NeedSources.GridCase"/>.</summary>
    public abstract string SourceKind { get; }

    /// <summary>Shows who is coming now: <c>Volunteers</c> is the need's whole current list.</summary>
    public abstract Task<AnswerOutcome> AssignedAsync(TContext db, VolunteersAssigned answer, CancellationToken cancellationToken);

    /// <summary>Shows that no (or not enough) volunteers were found, and why.</summary>
    public abstract Task<AnswerOutcome> UnmatchedAsync(TContext db, NeedUnmatched answer, CancellationToken cancellationToken);
}

/// <summary>
/// Hands the answers to this service's own requests to <typeparamref name="TAnswers"/> and logs every
/// answer that changes nothing, with the reason.
/// </summary>
public abstract partial class VolunteerAnswerConsumer<TAnswer, TContext, TAnswers>(TContext db, TAnswers answers, ILogger logger)
    : IntegrationEventConsumer<TAnswer, TContext>(db, logger)
    where TAnswer : class, IIntegrationEvent
    where TContext : MessagingDbContext
    where TAnswers : VolunteerAnswers<TContext>
{
    protected TAnswers Answers => answers;

    protected abstract string SourceKindOf(TAnswer answer);

    protected abstract Guid SourceIdOf(TAnswer answer);

    /// <summary>What makes an answer to one of this service's requests unusable, or null when nothing does.</summary>
    protected abstract string? Malformation(TAnswer answer);

    protected abstract Task<AnswerOutcome> ApplyAsync(TAnswer answer, CancellationToken cancellationToken);

    protected sealed override void Validate(TAnswer message)
    {
        if (SourceKindOf(message) == answers.SourceKind && Malformation(message) is { } malformation)
        {
            throw new InvalidMessageException($"{typeof(TAnswer).Name} {message.EventId} is malformed: {malformation}");
        }
    }

    protected sealed override async Task HandleAsync(TAnswer message, CancellationToken cancellationToken)
    {
        var sourceKind = SourceKindOf(message);
        if (sourceKind != answers.SourceKind)
        {
            // Every requesting service hears every answer; the other services' answers are theirs to apply.
            LogOtherSource(Logger, Name, message.EventId, sourceKind);
            return;
        }

        var outcome = await ApplyAsync(message, cancellationToken);
        if (outcome != AnswerOutcome.Applied)
        {
            LogNotApplied(Logger, Name, message.EventId, sourceKind, SourceIdOf(message), outcome);
        }
    }

    [LoggerMessage(LogLevel.Information, "{Consumer}: event {EventId} answers a {SourceKind} request, not one of this service's; nothing to apply")]
    private static partial void LogOtherSource(ILogger logger, string consumer, Guid eventId, string sourceKind);

    [LoggerMessage(LogLevel.Information, "{Consumer}: event {EventId} about {SourceKind} {SourceId} changes nothing: {Outcome}")]
    private static partial void LogNotApplied(ILogger logger, string consumer, Guid eventId, string sourceKind, Guid sourceId, AnswerOutcome outcome);
}

public sealed class VolunteersAssignedConsumer<TContext, TAnswers>(TContext db, TAnswers answers, ILogger<VolunteersAssignedConsumer<TContext, TAnswers>> logger)
    : VolunteerAnswerConsumer<VolunteersAssigned, TContext, TAnswers>(db, answers, logger)
    where TContext : MessagingDbContext
    where TAnswers : VolunteerAnswers<TContext>
{
    protected override string Name => "VolunteersAssignedConsumer";

    protected override string SourceKindOf(VolunteersAssigned answer) => answer.SourceKind;

    protected override Guid SourceIdOf(VolunteersAssigned answer) => answer.SourceId;

    protected override string? Malformation(VolunteersAssigned answer) =>
        string.IsNullOrWhiteSpace(answer.Skill) || answer.Volunteers is null || answer.Volunteers.Any(v => v is null || v.VolunteerId == Guid.Empty)
            ? "it needs a skill and volunteers with ids."
            : null;

    protected override Task<AnswerOutcome> ApplyAsync(VolunteersAssigned answer, CancellationToken cancellationToken) =>
        Answers.AssignedAsync(Db, answer, cancellationToken);
}

public sealed class NeedUnmatchedConsumer<TContext, TAnswers>(TContext db, TAnswers answers, ILogger<NeedUnmatchedConsumer<TContext, TAnswers>> logger)
    : VolunteerAnswerConsumer<NeedUnmatched, TContext, TAnswers>(db, answers, logger)
    where TContext : MessagingDbContext
    where TAnswers : VolunteerAnswers<TContext>
{
    protected override string Name => "NeedUnmatchedConsumer";

    protected override string SourceKindOf(NeedUnmatched answer) => answer.SourceKind;

    protected override Guid SourceIdOf(NeedUnmatched answer) => answer.SourceId;

    protected override string? Malformation(NeedUnmatched answer) =>
        string.IsNullOrWhiteSpace(answer.Skill) || string.IsNullOrWhiteSpace(answer.Reason) ? "it needs a skill and a reason." : null;

    protected override Task<AnswerOutcome> ApplyAsync(NeedUnmatched answer, CancellationToken cancellationToken) =>
        Answers.UnmatchedAsync(Db, answer, cancellationToken);
}

public static class VolunteerAnswerConsumers
{
    /// <summary>
    /// Consumes the volunteer service's answers on queues <c>{service}-volunteers-assigned</c> and
    /// <c>{service}-need-unmatched</c>, handing this service's own to <typeparamref name="TAnswers"/>.
    /// </summary>
    public static void AddVolunteerAnswerConsumers<TContext, TAnswers>(this IBusRegistrationConfigurator bus, string service)
        where TContext : MessagingDbContext
        where TAnswers : VolunteerAnswers<TContext>
    {
        bus.TryAddScoped<TAnswers>();
        bus.AddConsumer<VolunteersAssignedConsumer<TContext, TAnswers>>().Endpoint(e => e.Name = $"{service}-volunteers-assigned");
        bus.AddConsumer<NeedUnmatchedConsumer<TContext, TAnswers>>().Endpoint(e => e.Name = $"{service}-need-unmatched");
    }
}
