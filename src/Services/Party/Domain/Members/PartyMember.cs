using System.Text.RegularExpressions;
using Governance.ServiceDefaults.Districts;

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

/// <summary>Members' phone numbers: the same shape and mask as the grid service's (<c>138****5678</c>).</summary>
public static partial class MemberPhone
{
    public const int MaxLength = 13;

    /// <summary>A mobile number (11 digits starting with 1) or a landline with its area code.</summary>
    public static bool IsValid(string? value) => value is not null && PhonePattern().IsMatch(value);

    public static string Mask(string value) =>
        value.Length <= 7 ? new string('*', value.Length) : string.Concat(value.AsSpan(0, 3), new string('*', value.Length - 7), value.AsSpan(value.Length - 4));

    [GeneratedRegex("^(1[0-9]{10}|0[0-9]{2,3}-?[0-9]{7,8})$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
