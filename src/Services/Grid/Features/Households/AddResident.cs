using FluentValidation;
using Governance.Grid.Data;
using Governance.Grid.Domain.People;
using Governance.Grid.Features.Workers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Governance.ServiceDefaults.Privacy;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Http;

namespace Governance.Grid.Features.Households;

[RequestExample("""
    {"name": "Zhao Min", "idNumber": "11010519491231002X", "phone": "13812345678", "birthDate": "1949-12-31", "specialGroups": ["elderly-living-alone"]}
    """)]
public sealed record AddResidentRequest(string? Name, string? IdNumber, string? Phone, DateOnly? BirthDate, IReadOnlyList<SpecialGroup>? SpecialGroups);

public sealed class AddResidentValidator : AbstractValidator<AddResidentRequest>
{
    public AddResidentValidator(TimeProvider clock)
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Resident.MaxNameLength);
        // Messages never echo the value: it is personal data.
        RuleFor(r => r.IdNumber).Must(PersonalData.IsValidIdNumber).When(r => !string.IsNullOrWhiteSpace(r.IdNumber))
            .WithMessage("idNumber must be an 18-character resident identity number with a valid check character (GB 11643).");
        RuleFor(r => r.Phone).Must(PersonalData.IsValidPhone).When(r => !string.IsNullOrWhiteSpace(r.Phone))
            .WithMessage("phone must be a mobile number (11 digits starting with 1) or a landline with its area code.");
        RuleFor(r => r.BirthDate).Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)))
            .When(r => r.BirthDate is not null)
            .WithMessage("birthDate cannot lie in the future.");
    }
}

public static class AddResident
{
    public static async Task<Results<Created<ResidentResponse>, ProblemHttpResult>> Handle(
        Guid id, AddResidentRequest request, GridDbContext db, PersonalDataAccess access, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (BlankPersonalData(request) is { } blank)
        {
            return blank;
        }

        var household = await db.Set<Household>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (household is null)
        {
            return ApiProblems.NotFound("household", id);
        }

        if (await access.WorkRefusalAsync(household.District, household.GridId, "add residents to its households", cancellationToken) is { } refusal)
        {
            return ApiProblems.From(refusal);
        }

        var resident = Resident.Create(household, request.Name!, request.IdNumber, request.Phone, request.BirthDate,
            request.SpecialGroups ?? [], clock.GetUtcNow());
        db.Set<Resident>().Add(resident);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/grid/residents/{resident.Id}", ResidentResponse.From(resident, await access.ViewerAsync(cancellationToken)));
    }

    /// <summary>
    /// An unknown identity number or phone is left out; a blank one would be stored as if known
    /// and then masked into something that looks like a real number.
    /// </summary>
    private static ProblemHttpResult? BlankPersonalData(AddResidentRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.IdNumber is not null && string.IsNullOrWhiteSpace(request.IdNumber))
        {
            errors["idNumber"] = ["idNumber is blank: leave it out (or null) when it is not known."];
        }

        if (request.Phone is not null && string.IsNullOrWhiteSpace(request.Phone))
        {
            errors["phone"] = ["phone is blank: leave it out (or null) when it is not known."];
        }

        return errors.Count == 0 ? null : ApiProblems.Unprocessable(errors);
    }
}
