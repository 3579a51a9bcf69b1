using Governance.Contracts.Volunteers;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Governance.ServiceDefaults.Volunteering;

/// <summary>
/// What a service that asks the volunteer service for people does with the answers to its own
/// requests (those of <see cref="SourceKind"/>); answers to other services' requests are not its business.
/// </summary>
public abstract class VolunteerAnswers<TContext>
    where TContext : DistrictDbContext
{
    /// <summary>The source kind this service's requests carry, e.g. <see cref="NeedSources.GridCase"/>.</summary>
    public abstract string SourceKind { get; }

    /// <summary>Shows who is coming now: <c>Volunteers</c> is the need's whole current list.</summary>
    public abstract Task AssignedAsync(TContext db, VolunteersAssigned answer, CancellationToken cancellationToken);

    /// <summary>Shows that no (or not enough) volunteers were found, and why.</summary>
    public abstract Task UnmatchedAsync(TContext db, NeedUnmatched answer, CancellationToken cancellationToken);
}

public sealed class VolunteersAssignedConsumer<TContext, TAnswers>(TContext db, TAnswers answers, ILogger<VolunteersAssignedConsumer<TContext, TAnswers>> logger)
    : IntegrationEventConsumer<VolunteersAssigned, TContext>(db, logger)
    where TContext : DistrictDbContext
    where TAnswers : VolunteerAnswers<TContext>
{
    protected override string Name => "VolunteersAssignedConsumer";

    protected override void Validate(VolunteersAssigned message)
    {
        if (message.SourceKind == answers.SourceKind
            && (string.IsNullOrWhiteSpace(message.Skill) || message.Volunteers is null || message.Volunteers.Any(v => v is null || v.VolunteerId == Guid.Empty)))
        {
            throw new InvalidMessageException($"VolunteersAssigned {message.EventId} is malformed: it needs a skill and volunteers with ids.");
        }
    }

    protected override Task HandleAsync(VolunteersAssigned message, CancellationToken cancellationToken) =>
        message.SourceKind == answers.SourceKind ? answers.AssignedAsync(Db, message, cancellationToken) : Task.CompletedTask;
}

public sealed class NeedUnmatchedConsumer<TContext, TAnswers>(TContext db, TAnswers answers, ILogger<NeedUnmatchedConsumer<TContext, TAnswers>> logger)
    : IntegrationEventConsumer<NeedUnmatched, TContext>(db, logger)
    where TContext : DistrictDbContext
    where TAnswers : VolunteerAnswers<TContext>
{
    protected override string Name => "NeedUnmatchedConsumer";

    protected override Task HandleAsync(NeedUnmatched message, CancellationToken cancellationToken) =>
        message.SourceKind == answers.SourceKind ? answers.UnmatchedAsync(Db, message, cancellationToken) : Task.CompletedTask;
}

public static class VolunteerAnswerConsumers
{
    /// <summary>
    /// Consumes the volunteer service's answers on queues <c>{service}-volunteers-assigned</c> and
    /// <c>{service}-need-unmatched</c>, handing this service's own to <typeparamref name="TAnswers"/>.
    /// </summary>
    public static void AddVolunteerAnswerConsumers<TContext, TAnswers>(this IBusRegistrationConfigurator bus, string service)
        where TContext : DistrictDbContext
        where TAnswers : VolunteerAnswers<TContext>
    {
        bus.TryAddScoped<TAnswers>();
        bus.AddConsumer<VolunteersAssignedConsumer<TContext, TAnswers>>().Endpoint(e => e.Name = $"{service}-volunteers-assigned");
        bus.AddConsumer<NeedUnmatchedConsumer<TContext, TAnswers>>().Endpoint(e => e.Name = $"{service}-need-unmatched");
    }
}
