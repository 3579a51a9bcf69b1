using System.Security.Claims;
using Governance.Party.Data;
using Governance.Party.Domain.Members;
using Governance.ServiceDefaults.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Party.Features.Members;

public static class GetMember
{
    public static async Task<Results<Ok<MemberResponse>, ProblemHttpResult>> Handle(
        Guid id, PartyDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var member = await db.Set<PartyMember>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return member is null ? ApiProblems.NotFound("member", id) : TypedResults.Ok(MemberResponse.From(member, user));
    }
}
