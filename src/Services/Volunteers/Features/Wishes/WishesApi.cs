using Governance.ServiceDefaults.Api;

namespace Governance.Volunteers.Features.Wishes;

public static class WishesApi
{
    public static RouteGroupBuilder MapWishes(this RouteGroupBuilder api)
    {
        var wishes = api.MapGroup("/wishes");
        wishes.MapPost("/", PostWish.Handle).Validate<PostWishRequest>()
            .WithSummary("Posts a resident's micro-wish (微心愿) for the household's building or grid.");
        wishes.MapGet("/", ListWishes.Handle).WithSummary("Wishes by status and unit (building or grid), soonest deadline first.");
        wishes.MapGet("/{id:guid}", GetWish.Handle).WithSummary("A wish with its history.");
        wishes.MapPost("/{id:guid}/claim", ClaimWish.Handle).Validate<ClaimWishRequest>()
            .WithSummary("Posted → claimed by a volunteer (the volunteer's linked account or a coordinator); a wish claimed already answers 409.");
        wishes.MapPost("/{id:guid}/fulfil", FulfilWish.Handle).Validate<FulfilWishRequest>()
            .WithSummary("Claimed → fulfilled, by whoever claimed it, with a note; wishes from door visits are reported to the grid.");
        wishes.MapPost("/{id:guid}/confirm", ConfirmWish.Handle)
            .WithSummary("Fulfilled → confirmed, by a grid worker or district admin.");
        wishes.MapPost("/{id:guid}/release", ReleaseWish.Handle)
            .WithSummary("Claimed → posted again, by the claimer or a coordinator.");
        return api;
    }

    /// <summary>Wish settings and the expiry sweeper.</summary>
    public static IHostApplicationBuilder AddWishes(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WishesOptions>().Bind(builder.Configuration.GetSection(WishesOptions.Section))
            .Validate(o => o.ExpiryPollInterval > TimeSpan.Zero && o.ExpiryBatchSize > 0,
                "Wishes:ExpiryPollInterval and Wishes:ExpiryBatchSize must be positive.")
            .ValidateOnStart();
        builder.Services.AddHostedService<WishExpirySweeper>();
        return builder;
    }
}
