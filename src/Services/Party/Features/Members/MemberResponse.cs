using System.Security.Claims;
using Governance.Party.Domain.Members;
using Governance.ServiceDefaults.Privacy;

namespace Governance.Party.Features.Members;

public sealed record MemberResponse(Guid Id, string Name, string Phone, Guid OrganizationId, string? Occupation, bool Mobile, DateTimeOffset CreatedAt)
{
    /// <summary>The phone in full for a district admin of the member's district only, masked (<c>138****5678</c>) for everyone else.</summary>
    public static MemberResponse From(PartyMember member, ClaimsPrincipal caller) =>
        new(member.Id, member.Name, PersonalDataView.For(caller).Phone(member.Phone, member.District), member.OrganizationId, member.Occupation,
            member.Mobile, member.CreatedAt);
}
