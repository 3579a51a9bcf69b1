using FluentValidation;
using Governance.BuildingBlocks.Data;
using Governance.Places.Data;
using Governance.Places.Domain.Partners;
using Governance.Places.Domain.Places;
using Governance.Places.Features.Places;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Privacy;
using Governance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Places.Features.Partners;

public sealed record ContactDto(string? Name, string? Phone);

/// <param name="TermMonths">The agreement's term in months (1–120).</param>
public sealed record AgreementDto(DateOnly? SignedOn, int? TermMonths);

public sealed record CreatePartnerRequest(string? Name, PartnerKind? Kind, ContactDto? Contact, AgreementDto? Agreement);

public sealed class CreatePartnerValidator : AbstractValidator<CreatePartnerRequest>
{
    public CreatePartnerValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Partner.MaxNameLength);
        RuleFor(r => r.Kind).NotNull();
        RuleFor(r => r.Contact).NotNull();
        RuleFor(r => r.Contact!.Name).NotEmpty().MaximumLength(Partner.MaxContactNameLength).OverridePropertyName("contact.name").When(r => r.Contact is not null);
        RuleFor(r => r.Contact!.Phone).Must(PersonalData.IsValidPhone).OverridePropertyName("contact.phone").When(r => r.Contact is not null)
            .WithMessage("contact.phone must be a mobile number (11 digits from 1) or a landline with its area code.");
        RuleFor(r => r.Agreement).NotNull();
        RuleFor(r => r.Agreement!.SignedOn).NotNull().OverridePropertyName("agreement.signedOn").When(r => r.Agreement is not null);
        RuleFor(r => r.Agreement!.TermMonths).NotNull().InclusiveBetween(1, Partner.MaxTermMonths).OverridePropertyName("agreement.termMonths").When(r => r.Agreement is not null);
        RuleFor(r => r.Agreement!.SignedOn).Must((r, signedOn) => signedOn <= DateOnly.MaxValue.AddMonths(-r.Agreement!.TermMonths!.Value))
            .OverridePropertyName("agreement.signedOn")
            .When(r => r.Agreement is { SignedOn: not null, TermMonths: >= 1 and <= Partner.MaxTermMonths })
            .WithMessage("agreement.signedOn plus the term must end by 9999-12-31.");
    }
}

public sealed record ContactResponse(string Name, string Phone);

/// <param name="Status">active until the agreement's term runs out, expired after.</param>
public sealed record AgreementResponse(DateOnly SignedOn, int TermMonths, DateOnly EndsOn, AgreementStatus Status);

/// <param name="Places">The places the partner runs (on a partner's own page only).</param>
public sealed record PartnerResponse(Guid Id, string Name, PartnerKind Kind, ContactResponse Contact, AgreementResponse Agreement, DateTimeOffset CreatedAt, IReadOnlyList<PlaceResponse>? Places)
{
    public static PartnerResponse From(Partner p, DateOnly today, PersonalDataView view, IReadOnlyList<PlaceResponse>? places = null) => new(
        p.Id, p.Name, p.Kind, new ContactResponse(p.ContactName, view.Phone(p.ContactPhone, p.District)!),
        new AgreementResponse(p.SignedOn, p.TermMonths, p.EndsOn, p.StatusOn(today)), p.CreatedAt, places);
}

public static class PartnersApi
{
    public static RouteGroupBuilder MapPartners(this RouteGroupBuilder api)
    {
        var partners = api.MapGroup("/partners");
        partners.MapPost("/", Create).Validate<CreatePartnerRequest>().RequireRoleOrDistrictAdmin(Roles.PlaceManager)
            .WithSummary("Records a neighbourhood partner (睦邻合伙人) and its agreement.");
        partners.MapGet("/", List).WithSummary("The district's partners by name, with each agreement's status today.");
        partners.MapGet("/{id:guid}", Get).WithSummary("One partner, with the places it runs.");
        return api;
    }

    private static DateOnly Today(TimeProvider clock, DistrictTime time) => DateOnly.FromDateTime(time.Local(clock.GetUtcNow()).DateTime);

    private static PersonalDataView View(HttpContext context) => PersonalDataView.For(context.User, Roles.PlaceManager);

    public static async Task<Created<PartnerResponse>> Create(
        CreatePartnerRequest request, PlacesDbContext db, TimeProvider clock, DistrictTime time, HttpContext context, CancellationToken cancellationToken)
    {
        var partner = Partner.Create(request.Name!, request.Kind!.Value, request.Contact!.Name!, request.Contact.Phone!,
            request.Agreement!.SignedOn!.Value, request.Agreement.TermMonths!.Value, clock.GetUtcNow());
        db.Set<Partner>().Add(partner);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/{PlacesServices.Domain}/partners/{partner.Id}", PartnerResponse.From(partner, Today(clock, time), View(context)));
    }

    public static async Task<Results<Ok<PagedResponse<PartnerResponse>>, ValidationProblem>> List(
        PlacesDbContext db, TimeProvider clock, DistrictTime time, HttpContext context, CancellationToken cancellationToken, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (today, view) = (Today(clock, time), View(context));
        return TypedResults.Ok(await db.Set<Partner>().AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id)
            .ToPageAsync(page, pageSize, p => PartnerResponse.From(p, today, view), cancellationToken));
    }

    public static async Task<Results<Ok<PartnerResponse>, ProblemHttpResult>> Get(
        Guid id, PlacesDbContext db, TimeProvider clock, DistrictTime time, HttpContext context, CancellationToken cancellationToken)
    {
        var partner = await db.Set<Partner>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null)
        {
            return ApiProblems.NotFound("partner", id);
        }

        var places = await db.Set<Place>().AsNoTracking().Where(p => p.PartnerId == id).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(PartnerResponse.From(partner, Today(clock, time), View(context), places.Select(PlaceResponse.From).ToList()));
    }
}
