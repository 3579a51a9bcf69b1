using System.Security.Claims;
using FluentValidation;
using Governance.Party.Data;
using Governance.Party.Domain.Members;
using Governance.Party.Domain.Organizations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Governance.ServiceDefaults.Privacy;
using Governance.ServiceDefaults.Http;

namespace Governance.Party.Features.Members;

/// <param name="Mobile">A new-employment worker (courier, rider) who belongs to a mobile branch.</param>
[RequestExample("""
    {"name": "Sun Hao", "phone": "13812345678", "organizationId": "0193a2c4-7b1e-7c3d-9f10-2b4c6d8e0a12", "occupation": "teacher", "mobile": false}
    """)]
public sealed record CreateMemberRequest(string? Name, string? Phone, Guid? OrganizationId, string? Occupation, bool? Mobile);

public sealed class CreateMemberValidator : AbstractValidator<CreateMemberRequest>
{
    public CreateMemberValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(PartyMember.MaxNameLength);
        // The value is never echoed: it is personal data.
        RuleFor(r => r.Phone).NotEmpty().Must(PersonalData.IsValidPhone).WithMessage("phone must be a mobile number (11 digits starting with 1) or a landline with its area code.");
        RuleFor(r => r.OrganizationId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Occupation).MaximumLength(PartyMember.MaxOccupationLength);
    }
}

public static class CreateMember
{
    public static async Task<Results<Created<MemberResponse>, ProblemHttpResult>> Handle(
        CreateMemberRequest request, PartyDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var organizationId = request.OrganizationId!.Value;
        var organization = await db.Set<PartyOrganization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (organization is null)
        {
            return PartyProblems.Unprocessable($"organizationId '{organizationId}' names no organisation of your district.");
        }

        var (member, error) = PartyMember.Create(
            request.Name!, request.Phone!, organization.Id, organization.Mobile, request.Occupation, request.Mobile ?? false, clock.GetUtcNow());
        if (member is null)
        {
            return PartyProblems.Unprocessable(error!);
        }

        db.Set<PartyMember>().Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/party/members/{member.Id}", MemberResponse.From(member, user));
    }
}
