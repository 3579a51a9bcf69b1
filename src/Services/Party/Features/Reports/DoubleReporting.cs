using FluentValidation;
using Governance.Contracts.Party;
using Governance.Party.Data;
using Governance.Party.Domain.Members;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Governance.Party.Features.Reports;

/// <param name="ServiceOffers">Skill codes of the volunteer skill tree, or free text.</param>
public sealed record ReportRequest(Guid? CommunityUnitId, IReadOnlyList<string>? ServiceOffers);

public sealed class ReportRequestValidator : AbstractValidator<ReportRequest>
{
    public ReportRequestValidator()
    {
        RuleFor(r => r.CommunityUnitId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.ServiceOffers).Must(o => o is null || o.Count <= DoubleReport.MaxOffers)
            .WithMessage($"At most {DoubleReport.MaxOffers} service offers.");
        RuleForEach(r => r.ServiceOffers).NotEmpty().MaximumLength(DoubleReport.MaxOfferLength);
    }
}

public sealed record ReportResponse(
    Guid Id, ReporterKind ReporterKind, Guid ReporterId, string ReporterName, Guid CommunityUnitId, IReadOnlyList<string> ServiceOffers, DateTimeOffset ReportedAt)
{
    public static ReportResponse From(DoubleReport r) => new(r.Id, r.ReporterKind, r.ReporterId, r.ReporterName, r.CommunityUnitId, r.ServiceOffers, r.ReportedAt);
}

/// <summary>
/// Registers a member or an organisation with a community (双报到) and tells the volunteer service,
/// which turns the reporter into a <c>party-member</c> volunteer of that community.
/// </summary>
internal static class DoubleReporting
{
    public static async Task<Results<Created<ReportResponse>, ProblemHttpResult>> RegisterAsync(
        PartyDbContext db, IDistrictContext districts, ReporterKind kind, Guid reporterId, string reporterName, ReportRequest request, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var district = districts.RequireDistrict("report to a community");
        var communityId = request.CommunityUnitId!.Value;
        if (KnownUnitQueries.NotACommunity(communityId, await db.UnitAsync(communityId, cancellationToken)) is { } error)
        {
            return PartyProblems.Unprocessable(error);
        }

        var report = DoubleReport.Create(kind, reporterId, reporterName, communityId, request.ServiceOffers ?? [], now);
        db.Set<DoubleReport>().Add(report);
        db.Raise(new DoubleReportRegistered(
            Guid.CreateVersion7(now), district, now, report.Id, reporterId, reporterName, WireNames.Name(kind), communityId, report.ServiceOffers), report.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return PartyProblems.Conflict($"{reporterName} has already reported to this community.");
        }

        return TypedResults.Created($"/api/party/communities/{communityId}/reports", ReportResponse.From(report));
    }
}
