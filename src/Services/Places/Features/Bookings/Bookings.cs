using FluentValidation;
using Governance.BuildingBlocks.Data;
using Governance.Places.Data;
using Governance.Places.Domain.Bookings;
using Governance.Places.Domain.Places;
using Governance.ServiceDefaults.Api;
using Governance.ServiceDefaults.Districts;
using Governance.ServiceDefaults.Privacy;
using Governance.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Governance.Places.Features.Bookings;

public sealed record SlotDto(DateTimeOffset? From, DateTimeOffset? To);

public sealed record CreateBookingRequest(string? Name, string? Phone, SlotDto? Slot, int? PartySize);

public sealed class CreateBookingValidator : AbstractValidator<CreateBookingRequest>
{
    public CreateBookingValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Booking.MaxNameLength);
        RuleFor(r => r.Phone).Must(PersonalData.IsValidPhone).WithMessage("phone must be a mobile number (11 digits from 1) or a landline with its area code.");
        RuleFor(r => r.Slot).NotNull();
        RuleFor(r => r.Slot!.From).NotNull().OverridePropertyName("slot.from").When(r => r.Slot is not null);
        RuleFor(r => r.Slot!.To).NotNull().GreaterThan(r => r.Slot!.From).OverridePropertyName("slot.to")
            .When(r => r.Slot is { From: not null }).WithMessage("slot.to must come after slot.from.");
        RuleFor(r => r.PartySize).InclusiveBetween(1, Booking.MaxPartySize);
    }
}

/// <param name="Phone">Masked (<c>138****5678</c>) except for a place manager or district admin of the booking's district.</param>
public sealed record BookingResponse(
    Guid Id, Guid PlaceId, string Code, BookingStatus Status, string Name, string Phone, DateTimeOffset From, DateTimeOffset To, int PartySize,
    DateTimeOffset CreatedAt, DateTimeOffset? CancelledAt)
{
    public static BookingResponse Of(Booking b, PersonalDataView view) => new(
        b.Id, b.PlaceId, b.Code, b.Status, b.Name, view.Phone(b.Phone, b.District)!, b.From, b.To, b.PartySize, b.CreatedAt, b.CancelledAt);
}

public static class BookingsApi
{
    public static RouteGroupBuilder MapBookings(this RouteGroupBuilder api)
    {
        var bookings = api.MapGroup("/{id:guid}/bookings");
        bookings.MapPost("/", Book).Validate<CreateBookingRequest>()
            .WithSummary("Books a slot at a place with a capacity (study-room seats, canteen meals, day-care slots): 409 when the slot is full, 422 outside the opening hours.");
        bookings.MapGet("/", List).WithSummary("A place's bookings from a time on: every booking for a place manager, the caller's own for anyone else.");
        bookings.MapPost("/{bookingId:guid}/cancel", Cancel).WithSummary("Cancels a booking: the one who booked it, or a place manager.");
        return api;
    }

    private static PersonalDataView View(HttpContext context) => PersonalDataView.For(context.User, Roles.PlaceManager);

    private static bool ManagesPlaces(HttpContext context) => context.User.IsInRole(Roles.PlaceManager) || context.User.IsInRole(Roles.DistrictAdmin);

    private static string Subject(HttpContext context) => context.User.FindFirst(DistrictCaller.SubjectClaim)?.Value ?? "";

    public static async Task<Results<Created<BookingResponse>, ProblemHttpResult>> Book(
        Guid id, CreateBookingRequest request, PlacesDbContext db, DistrictTime time, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        // The place's row is locked until commit, so two bookings can never both take the last seat.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var place = await db.LockAsync<Place>(id, cancellationToken);
        if (place is null)
        {
            return ApiProblems.NotFound("place", id);
        }

        var (from, to) = (request.Slot!.From!.Value, request.Slot.To!.Value);
        var booked = await db.Set<Booking>()
            .Where(b => b.PlaceId == id && b.Status == BookingStatus.Booked && b.From < to && from < b.To)
            .ToListAsync(cancellationToken);
        var result = place.Book(new BookingRequest(request.Name!, request.Phone!, from, to, request.PartySize!.Value, Subject(context)), booked, clock.GetUtcNow(), time.Zone);
        if (result.Error is { } refused)
        {
            return ApiProblems.From(refused);
        }

        db.Set<Booking>().Add(result.Value!);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/{PlacesServices.Domain}/{id}/bookings/{result.Value!.Id}", BookingResponse.Of(result.Value, View(context)));
    }

    public static async Task<Results<Ok<PagedResponse<BookingResponse>>, ValidationProblem, ProblemHttpResult>> List(
        Guid id, PlacesDbContext db, HttpContext context, CancellationToken cancellationToken, DateTimeOffset? from = null, int? page = null, int? pageSize = null)
    {
        var errors = Paging.Errors(page, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await db.Set<Place>().AnyAsync(p => p.Id == id, cancellationToken))
        {
            return ApiProblems.NotFound("place", id);
        }

        var query = db.Set<Booking>().AsNoTracking().Where(b => b.PlaceId == id);
        if (!ManagesPlaces(context))
        {
            var subject = Subject(context);
            query = query.Where(b => b.BookedBy == subject);
        }

        if (from is { } since)
        {
            query = query.Where(b => b.To > since);
        }

        var view = View(context);
        return TypedResults.Ok(await query.OrderBy(b => b.From).ThenBy(b => b.Id).ToPageAsync(page, pageSize, b => BookingResponse.Of(b, view), cancellationToken));
    }

    public static async Task<Results<Ok<BookingResponse>, ProblemHttpResult>> Cancel(
        Guid id, Guid bookingId, PlacesDbContext db, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var booking = await db.Set<Booking>().FirstOrDefaultAsync(b => b.Id == bookingId && b.PlaceId == id, cancellationToken);
        if (booking is null)
        {
            return ApiProblems.NotFound("booking", bookingId);
        }

        if (booking.Cancel(Subject(context), ManagesPlaces(context), clock.GetUtcNow()) is { } refused)
        {
            return ApiProblems.From(refused);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(BookingResponse.Of(booking, View(context)));
    }
}
