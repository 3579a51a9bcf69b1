using Governance.BuildingBlocks.Data;

namespace Governance.Party.Domain.Members;

/// <summary>
/// A party member with a home organisation. A <see cref="Mobile"/> member (new-employment workers:
/// couriers, delivery riders) belongs to a mobile branch instead of a territorial one.
/// </summary>
public sealed class PartyMember : IDistrictOwned
{
    public const int MaxNameLength = 100;
    public const int MaxOccupationLength = 100;

    private PartyMember()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Personal data: stays in this database, never in events or logs, masked in responses.</summary>
    public string Phone { get; private set; } = "";

    public Guid OrganizationId { get; private set; }

    public string? Occupation { get; private set; }

    public bool Mobile { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Joins a member to <paramref name="organizationIsMobile"/>'s kind of organisation: mobile members to mobile branches only, and the reverse.</summary>
    public static (PartyMember? Member, string? Error) Create(
        string name, string phone, Guid organizationId, bool organizationIsMobile, string? occupation, bool mobile, DateTimeOffset now)
    {
        if (mobile != organizationIsMobile)
        {
            return (null, mobile
                ? "A mobile member belongs to a mobile branch (an organisation with mobile: true)."
                : "A mobile branch takes mobile members only (mobile: true).");
        }

        return (new PartyMember
        {
            Id = Guid.CreateVersion7(now),
            Name = name.Trim(),
            Phone = phone,
            OrganizationId = organizationId,
            Occupation = string.IsNullOrWhiteSpace(occupation) ? null : occupation.Trim(),
            Mobile = mobile,
            CreatedAt = now,
        }, null);
    }
}
