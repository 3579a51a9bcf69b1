using Governance.BuildingBlocks.Data;

namespace Governance.Places.Domain.Partners;

public enum PartnerKind
{
    SocialOrganization,
    VolunteerGroup,
    Company,
    Other,
}

public enum AgreementStatus
{
    Active,
    Expired,
}

/// <summary>
/// A neighbourhood partner (睦邻合伙人): a social organisation, volunteer group or company that runs
/// places (canteens, housekeeping rooms, study rooms, markets, day care) under an agreement of a term.
/// </summary>
public sealed class Partner : IDistrictOwned
{
    public const int MaxNameLength = 200;
    public const int MaxContactNameLength = 100;
    public const int MaxTermMonths = 120;

    private Partner()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public string Name { get; private set; } = "";

    public PartnerKind Kind { get; private set; }

    public string ContactName { get; private set; } = "";

    public string ContactPhone { get; private set; } = "";

    public DateOnly SignedOn { get; private set; }

    public int TermMonths { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The first day the agreement no longer covers.</summary>
    public DateOnly EndsOn => SignedOn.AddMonths(TermMonths);

    public AgreementStatus StatusOn(DateOnly today) => today < EndsOn ? AgreementStatus.Active : AgreementStatus.Expired;

    public static Partner Create(string name, PartnerKind kind, string contactName, string contactPhone, DateOnly signedOn, int termMonths, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Name = name.Trim(),
        Kind = kind,
        ContactName = contactName.Trim(),
        ContactPhone = contactPhone.Trim(),
        SignedOn = signedOn,
        TermMonths = termMonths,
        CreatedAt = now,
    };
}
