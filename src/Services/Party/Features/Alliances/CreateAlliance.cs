using FluentValidation;
using Governance.Contracts.Party;
using Governance.Party.Data;
using Governance.Party.Domain.Alliances;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Party.Features.Alliances;

public sealed record PartnerDto(string? Name, PartnerKind? Kind);

/// <param name="Term">The agreement's term in months (1–120).</param>
public sealed record AgreementDto(DateOnly? SignedOn, int? Term);

public sealed record CreateAllianceRequest(
    Guid? CommunityUnitId, PartnerDto? Partner, AgreementDto? Agreement, IReadOnlyList<string>? CooperationItems, IReadOnlyList<string>? CoConstructionProjects);

public sealed class CreateAllianceValidator : AbstractValidator<CreateAllianceRequest>
{
    public CreateAllianceValidator()
    {
        RuleFor(r => r.CommunityUnitId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Partner).NotNull();
        RuleFor(r => r.Partner!.Name).NotEmpty().MaximumLength(PartyAlliance.MaxNameLength).OverridePropertyName("partner.name").When(r => r.Partner is not null);
        RuleFor(r => r.Partner!.Kind).NotNull().OverridePropertyName("partner.kind").When(r => r.Partner is not null);
        RuleFor(r => r.Agreement).NotNull();
        RuleFor(r => r.Agreement!.SignedOn).NotNull().OverridePropertyName("agreement.signedOn").When(r => r.Agreement is not null);
        RuleFor(r => r.Agreement!.Term).NotNull().InclusiveBetween(1, PartyAlliance.MaxTermMonths)
            .OverridePropertyName("agreement.term").When(r => r.Agreement is not null);
        // The agreement's end date is computed from both; it must exist on the calendar.
        RuleFor(r => r.Agreement!.SignedOn).Must((r, signedOn) => signedOn <= DateOnly.MaxValue.AddMonths(-r.Agreement!.Term!.Value))
            .OverridePropertyName("agreement.signedOn")
            .When(r => r.Agreement is { SignedOn: not null, Term: >= 1 and <= PartyAlliance.MaxTermMonths })
            .WithMessage("agreement.signedOn plus the term must end by 9999-12-31.");
        RuleFor(r => r.CooperationItems).Must(i => i is null || i.Count <= PartyAlliance.MaxItems).WithMessage($"At most {PartyAlliance.MaxItems} items.");
        RuleForEach(r => r.CooperationItems).NotEmpty().MaximumLength(PartyAlliance.MaxItemLength);
        RuleFor(r => r.CoConstructionProjects).Must(i => i is null || i.Count <= PartyAlliance.MaxItems).WithMessage($"At most {PartyAlliance.MaxItems} items.");
        RuleForEach(r => r.CoConstructionProjects).NotEmpty().MaximumLength(PartyAlliance.MaxItemLength);
    }
}

public sealed record AgreementResponse(DateOnly SignedOn, int Term, DateOnly EndsOn);

public sealed record PartnerResponse(string Name, PartnerKind Kind);

public sealed record AllianceResponse(
    Guid Id, Guid CommunityUnitId, PartnerResponse Partner, AgreementResponse Agreement,
    IReadOnlyList<string> CooperationItems, IReadOnlyList<string> CoConstructionProjects, DateTimeOffset CreatedAt)
{
    public static AllianceResponse From(PartyAlliance a) => new(
        a.Id, a.CommunityUnitId, new PartnerResponse(a.PartnerName, a.PartnerKind), new AgreementResponse(a.SignedOn, a.TermMonths, a.EndsOn),
        a.CooperationItems, a.CoConstructionProjects, a.CreatedAt);
}

public static class CreateAlliance
{
    public static async Task<Results<Created<AllianceResponse>, ProblemHttpResult>> Handle(
        CreateAllianceRequest request, PartyDbContext db, IDistrictContext districts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var communityId = request.CommunityUnitId!.Value;
        if (KnownUnitQueries.NotACommunity(communityId, await db.UnitAsync(communityId, cancellationToken)) is { } error)
        {
            return PartyProblems.Unprocessable(error);
        }

        var district = districts.RequireDistrict("sign an alliance");
        var now = clock.GetUtcNow();
        var alliance = PartyAlliance.Create(
            communityId, request.Partner!.Name!, request.Partner.Kind!.Value, request.Agreement!.SignedOn!.Value, request.Agreement.Term!.Value,
            request.CooperationItems ?? [], request.CoConstructionProjects ?? [], now);
        db.Set<PartyAlliance>().Add(alliance);
        // The events service lets activities name this partner, so it needs to hear about the alliance.
        db.Raise(new AllianceFormed(Guid.CreateVersion7(now), district, now, alliance.Id, communityId, alliance.PartnerName,
            WireNames.Name(alliance.PartnerKind), alliance.SignedOn, alliance.EndsOn), alliance.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/party/alliances/{alliance.Id}", AllianceResponse.From(alliance));
    }
}
