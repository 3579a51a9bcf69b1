using System.Security.Claims;
using Governance.Party.Domain.Members;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Privacy;
using Governance.ServiceDefaults.Security;

namespace Governance.Party.Features.Members;

public sealed record MemberResponse(Guid Id, string Name, string Phone, Guid OrganizationId, string? Occupation, bool Mobile, DateTimeOffset CreatedAt)
{
    public const string FullViewRole = Roles.DistrictAdmin;

    /// <summary>The phone in full for a district admin of the member's district only, masked (<c>138****5678</c>) for everyone else.</summary>
    public static MemberResponse From(PartyMember member, ClaimsPrincipal caller)
    {
        var fullView = DistrictCaller.From(caller).District == member.District
            && caller.FindAll(DistrictCaller.RoleClaim).Any(r => r.Value == FullViewRole);
        return new(member.Id, member.Name, fullView ? member.Phone : PersonalData.MaskPhone(member.Phone), member.OrganizationId, member.Occupation,
            member.Mobile, member.CreatedAt);
    }
}
