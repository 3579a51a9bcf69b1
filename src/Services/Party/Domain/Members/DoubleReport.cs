using Governance.BuildingBlocks.Data;

namespace Governance.Party.Domain.Members;

/// <summary>Who reports to a community (双报到): an individual member or a whole organisation.</summary>
public enum ReporterKind
{
    Member,
    Organization,
}

/// <summary>A member's or an organisation's registration with the community it lives in, with what it offers to do there.</summary>
public sealed class DoubleReport : IDistrictOwned
{
    public const int MaxOffers = 20;
    public const int MaxOfferLength = 200;

    private DoubleReport()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public ReporterKind ReporterKind { get; private set; }

    public Guid ReporterId { get; private set; }

    public string ReporterName { get; private set; } = "";

    public Guid CommunityUnitId { get; private set; }

    public List<string> ServiceOffers { get; private set; } = [];

    public DateTimeOffset ReportedAt { get; private set; }

    public static DoubleReport Create(ReporterKind kind, Guid reporterId, string reporterName, Guid communityUnitId, IEnumerable<string> offers, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            ReporterKind = kind,
            ReporterId = reporterId,
            ReporterName = reporterName,
            CommunityUnitId = communityUnitId,
            ServiceOffers = offers.Select(o => o.Trim()).Where(o => o.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            ReportedAt = now,
        };
}
