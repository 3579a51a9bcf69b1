using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Security;

namespace Governance.Party.Features.Members;

public static class MembersApi
{
    public static RouteGroupBuilder MapMembers(this RouteGroupBuilder api)
    {
        var members = api.MapGroup("/members");
        members.MapPost("/", CreateMember.Handle).Validate<CreateMemberRequest>().RequireRoleOrDistrictAdmin(Roles.PartyOrganizer)
            .WithSummary("Adds a party member to an organisation; mobile members (couriers, riders) join a mobile branch.");
        members.MapGet("/{id:guid}", GetMember.Handle).WithSummary("A member; the phone is masked unless the caller is a district-admin.");
        return api;
    }
}
