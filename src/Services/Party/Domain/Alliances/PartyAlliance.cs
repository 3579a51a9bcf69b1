using Governance.BuildingBlocks.Data;

namespace Governance.Party.Domain.Alliances;

public enum PartnerKind
{
    Company,
    School,
    Hospital,
    PublicInstitution,
    SocialOrganization,
    Other,
}

/// <summary>
/// A party alliance (党建联盟): a community's party body and an outside unit bound by agreement +
/// cooperation + co-construction (协议+合作+共建). <see cref="TermMonths"/> is the agreement's term.
/// </summary>
public sealed class PartyAlliance : IDistrictOwned
{
    public const int MaxNameLength = 200;
    public const int MaxItems = 50;
    public const int MaxItemLength = 500;
    public const int MaxTermMonths = 120;

    private PartyAlliance()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public Guid CommunityUnitId { get; private set; }

    public string PartnerName { get; private set; } = "";

    public PartnerKind PartnerKind { get; private set; }

    public DateOnly SignedOn { get; private set; }

    public int TermMonths { get; private set; }

    public List<string> CooperationItems { get; private set; } = [];

    public List<string> CoConstructionProjects { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateOnly EndsOn => SignedOn.AddMonths(TermMonths);

    public static PartyAlliance Create(
        Guid communityUnitId, string partnerName, PartnerKind partnerKind, DateOnly signedOn, int termMonths,
        IEnumerable<string> cooperationItems, IEnumerable<string> coConstructionProjects, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            CommunityUnitId = communityUnitId,
            PartnerName = partnerName.Trim(),
            PartnerKind = partnerKind,
            SignedOn = signedOn,
            TermMonths = termMonths,
            CooperationItems = cooperationItems.Select(i => i.Trim()).ToList(),
            CoConstructionProjects = coConstructionProjects.Select(i => i.Trim()).ToList(),
            CreatedAt = now,
        };
}
