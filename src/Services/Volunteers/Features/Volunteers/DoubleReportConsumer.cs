using Governance.Contracts.Party;
using Governance.BuildingBlocks.Messaging;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Pool;
using Governance.Volunteers.Domain.Skills;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Volunteers;

/// <summary>
/// A party member who reported to their community (双报到) becomes a <c>party-member</c> volunteer of it,
/// or the volunteer already linked to that member moves there; offers that are skill codes become skills.
/// A party organisation's report makes no volunteer: organisations are not people to assign.
/// </summary>
public sealed partial class DoubleReportRegisteredConsumer(VolunteersDbContext db, TimeProvider clock, ILogger<DoubleReportRegisteredConsumer> logger)
    : IntegrationEventConsumer<DoubleReportRegistered, VolunteersDbContext>(db, logger)
{
    private const string MemberKind = "member";
    private static readonly HashSet<string> OrganisationKinds = new(StringComparer.Ordinal) { "organization", "organisation", "party-organization" };

    protected override void Validate(DoubleReportRegistered message)
    {
        if (message.MemberId == Guid.Empty || message.CommunityUnitId == Guid.Empty || string.IsNullOrWhiteSpace(message.MemberName)
            || message.MemberName.Length > Volunteer.MaxNameLength)
        {
            throw new InvalidMessageException(
                $"DoubleReportRegistered {message.EventId} is malformed: it needs a member id and name (at most {Volunteer.MaxNameLength} characters) and a community.");
        }

        // A reporter of a kind this service does not know would otherwise become a volunteer by default.
        if (message.ReporterKind != MemberKind && !OrganisationKinds.Contains(message.ReporterKind))
        {
            throw new InvalidMessageException(
                $"DoubleReportRegistered {message.EventId} has reporter kind '{message.ReporterKind}'; known: {MemberKind}, {string.Join(", ", OrganisationKinds)}.");
        }
    }

    protected override async Task HandleAsync(DoubleReportRegistered message, CancellationToken cancellationToken)
    {
        if (OrganisationKinds.Contains(message.ReporterKind))
        {
            LogOrganisation(logger, message.ReportId, message.EventId);
            return;
        }

        // The community's unit event travels on another queue and may not have arrived yet: failing retries later.
        var community = await UnitPaths.PlaceAsync(Db, message.CommunityUnitId, cancellationToken)
            ?? throw new InvalidOperationException(
                $"DoubleReportRegistered {message.EventId} names community {message.CommunityUnitId}, which this service does not know (yet).");
        if (community.Level != "community")
        {
            // Units never change level: this report can never make a volunteer of a community.
            throw new InvalidMessageException(
                $"DoubleReportRegistered {message.EventId} names unit {message.CommunityUnitId}, which is a {community.Level}, not a community.");
        }

        var platformAndDistrict = await Db.Set<SkillNode>().AsNoTracking()
            .Where(n => n.District == null || n.District == message.District)
            .Select(n => n.Code)
            .ToListAsync(cancellationToken);
        var skills = (message.ServiceOffers ?? []).Where(o => o is not null).Select(o => o.Trim()).Where(platformAndDistrict.Contains).ToList();

        var volunteer = await Db.Set<Volunteer>().FirstOrDefaultAsync(v => v.PartyMemberId == message.MemberId, cancellationToken);
        if (volunteer is null)
        {
            Db.Set<Volunteer>().Add(Volunteer.FromDoubleReport(
                message.MemberId, message.MemberName, community.Id, community.Path, skills, clock.GetUtcNow()));
        }
        else
        {
            volunteer.LinkToPartyMember(message.MemberId, community.Id, community.Path, skills);
        }
    }

    [LoggerMessage(LogLevel.Information, "Double report {ReportId} is an organisation's; organisations are not volunteers, so DoubleReportRegistered {EventId} changes nothing")]
    private static partial void LogOrganisation(ILogger logger, Guid reportId, Guid eventId);
}
