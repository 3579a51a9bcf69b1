using System.Security.Claims;
using FluentValidation;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Governance.BuildingBlocks.ReferenceData;
using Governance.Volunteers.Data;
using Governance.Volunteers.Domain.Wishes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Volunteers.Features.Wishes;

public sealed record PostWishRequest(string? Description, WishCategory? Category, Guid? UnitId, DateTimeOffset? Deadline);

public sealed class PostWishValidator : AbstractValidator<PostWishRequest>
{
    public PostWishValidator()
    {
        RuleFor(r => r.Description).NotEmpty().MaximumLength(MicroWish.MaxDescriptionLength);
        RuleFor(r => r.Category).NotNull();
        RuleFor(r => r.UnitId).NotEmpty();
    }
}

public static class PostWish
{
    private static readonly string[] HouseholdLevels = ["building", "grid"];

    /// <summary>A wish posted here directly (not from a door visit): its unit is the household's building (or grid) known from the grid service.</summary>
    public static async Task<Results<Created<WishResponse>, ProblemHttpResult>> Handle(
        PostWishRequest request, ClaimsPrincipal user, VolunteersDbContext db, IDistrictContext districts, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        districts.RequireDistrict("create district data");

        var unitId = request.UnitId!.Value;
        var unit = await db.Set<KnownUnit>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is null || !HouseholdLevels.Contains(unit.Level))
        {
            return ApiProblems.Unprocessable($"unitId '{unitId}' names no building or grid of your district.");
        }

        var now = clock.GetUtcNow();
        var gridId = unit.Level == "grid" ? unit.Id : unit.ParentId;
        var posted = MicroWish.Post(new NewWish(request.Description!, request.Category!.Value, unitId, gridId, request.Deadline), user.Actor(), now);
        if (posted.Error is { } error)
        {
            return ApiProblems.From(error);
        }

        var wish = posted.Value!;
        db.Add(wish);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/volunteers/wishes/{wish.Id}", WishResponse.From(wish, now, withHistory: true));
    }
}
