using System.Globalization;
using FluentValidation;
using Governance.Places.Domain.Places;

namespace Governance.Places.Features.Places;

public sealed record LocationDto(double? Lat, double? Lon);

/// <param name="Day">The weekday, e.g. <c>monday</c>.</param>
/// <param name="From">Local opening time, <c>HH:mm</c>.</param>
/// <param name="To">Local closing time, <c>HH:mm</c>; <c>24:00</c> for midnight.</param>
public sealed record OpeningHoursDto(DayOfWeek? Day, string? From, string? To);

/// <param name="PartnerId">The neighbourhood partner running the place; required when <c>kind</c> is <c>partner</c>, absent otherwise.</param>
public sealed record OperatorDto(OperatorKind? Kind, Guid? PartnerId);

/// <param name="Capacity">How many people it takes at once (seats, meals, day-care slots); omit for a place that takes no bookings.</param>
public sealed record CreatePlaceRequest(
    PlaceKind? Kind, string? Name, Guid? UnitId, LocationDto? Location, string? Address,
    IReadOnlyList<OpeningHoursDto?>? OpeningHours, IReadOnlyList<string?>? Services, int? Capacity, OperatorDto? Operator);

public sealed class CreatePlaceValidator : AbstractValidator<CreatePlaceRequest>
{
    public CreatePlaceValidator()
    {
        RuleFor(r => r.Kind).NotNull();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(Place.MaxNameLength);
        RuleFor(r => r.UnitId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.Location).NotNull();
        RuleFor(r => r.Location!.Lat).NotNull().InclusiveBetween(-90, 90).OverridePropertyName("location.lat").When(r => r.Location is not null);
        RuleFor(r => r.Location!.Lon).NotNull().InclusiveBetween(-180, 180).OverridePropertyName("location.lon").When(r => r.Location is not null);
        RuleFor(r => r.Address).MaximumLength(Place.MaxAddressLength);
        RuleFor(r => r.OpeningHours).Must(h => h is null || h.Count <= WeeklyHours.MaxSpans).WithMessage($"At most {WeeklyHours.MaxSpans} openings a week.");
        // Child rules never see a null item, so it is refused here.
        RuleForEach(r => r.OpeningHours).NotNull().WithMessage("An opening needs a day, 'from' and 'to'.");
        RuleForEach(r => r.OpeningHours).ChildRules(span =>
        {
            span.RuleFor(s => s!.Day).NotNull().When(s => s is not null);
            span.RuleFor(s => s!.From).Must(t => ClockTime.Minutes(t) is not null and < OpeningSpan.MinutesPerDay)
                .WithMessage("'from' must be a time of day, HH:mm.").When(s => s is not null);
            span.RuleFor(s => s!.To).Must(t => ClockTime.Minutes(t) is not null)
                .WithMessage("'to' must be a time of day, HH:mm, or 24:00.").When(s => s is not null);
        });
        RuleFor(r => r.Services).Must(s => s is null || s.Count <= Place.MaxServices).WithMessage($"At most {Place.MaxServices} services.");
        RuleForEach(r => r.Services).NotEmpty().MaximumLength(Place.MaxServiceLength);
        RuleFor(r => r.Capacity).InclusiveBetween(1, Place.MaxCapacity);
        RuleFor(r => r.Operator).NotNull();
        RuleFor(r => r.Operator!.Kind).NotNull().OverridePropertyName("operator.kind").When(r => r.Operator is not null);
        RuleFor(r => r.Operator!.PartnerId).NotNull().NotEqual(Guid.Empty).OverridePropertyName("operator.partnerId")
            .When(r => r.Operator is { Kind: OperatorKind.Partner }).WithMessage("A place run by a partner names the partner.");
        RuleFor(r => r.Operator!.PartnerId).Null().OverridePropertyName("operator.partnerId")
            .When(r => r.Operator is { Kind: not OperatorKind.Partner and not null }).WithMessage("Only a place run by a partner names one.");
    }
}

/// <summary>Local times of day as the API writes them: <c>HH:mm</c>, with <c>24:00</c> for the end of the day.</summary>
public static class ClockTime
{
    public static int? Minutes(string? text)
    {
        if (text == "24:00")
        {
            return OpeningSpan.MinutesPerDay;
        }

        return text is { Length: 5 } && TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.Hour * 60 + time.Minute
            : null;
    }

    public static string Text(int minutes) => minutes == OpeningSpan.MinutesPerDay
        ? "24:00"
        : new TimeOnly(minutes / 60, minutes % 60).ToString("HH:mm", CultureInfo.InvariantCulture);
}

public sealed record LocationResponse(double Lat, double Lon);

public sealed record OpeningHoursResponse(DayOfWeek Day, string From, string To);

public sealed record OperatorResponse(OperatorKind Kind, Guid? PartnerId);

/// <summary>A place as clients see it.</summary>
public sealed record PlaceResponse(
    Guid Id, PlaceKind Kind, string Name, Guid UnitId, LocationResponse Location, string? Address,
    IReadOnlyList<OpeningHoursResponse> OpeningHours, IReadOnlyList<string> Services, int? Capacity, OperatorResponse Operator,
    PlaceStatus Status, string? ClosingReason, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static PlaceResponse From(Place p) => new(
        p.Id, p.Kind, p.Name, p.UnitId, new LocationResponse(p.Latitude, p.Longitude), p.Address,
        p.OpeningHours.Select(s => new OpeningHoursResponse(s.Day, ClockTime.Text(s.FromMinute), ClockTime.Text(s.ToMinute))).ToList(),
        p.Services, p.Capacity, new OperatorResponse(p.OperatorKind, p.PartnerId), p.Status, p.ClosingReason, p.CreatedAt, p.UpdatedAt);
}

/// <summary>A place near a point, with how far it is.</summary>
public sealed record NearPlaceResponse(double DistanceMeters, PlaceResponse Place);
