using Governance.Places.Domain.Bookings;
using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Domain;

namespace Governance.Places.Domain.Places;

public sealed record NewPlace(
    PlaceKind Kind,
    string Name,
    Guid UnitId,
    GeoPoint Location,
    string? Address,
    WeeklyHours Hours,
    IReadOnlyList<string> Services,
    int? Capacity,
    OperatorKind OperatorKind,
    Guid? PartnerId);

/// <summary>
/// A service station, centre or partner-run room in a unit of the district. It is open or closed
/// (closing keeps its history and bookings); a place with a capacity takes bookings for slots inside
/// its opening hours, as long as the party fits beside the bookings already there.
/// </summary>
public sealed class Place : IDistrictOwned
{
    public const int MaxNameLength = 200;
    public const int MaxAddressLength = 300;
    public const int MaxServices = 30;
    public const int MaxServiceLength = 100;
    public const int MaxCapacity = 10_000;
    public const int MaxReasonLength = 500;

    private Place()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public PlaceKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    public Guid UnitId { get; private set; }

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    public string? Address { get; private set; }

    public List<OpeningSpan> OpeningHours { get; private set; } = [];

    public List<string> Services { get; private set; } = [];

    /// <summary>How many people it takes at once (seats, meals, day-care slots); null when it takes no bookings.</summary>
    public int? Capacity { get; private set; }

    public OperatorKind OperatorKind { get; private set; }

    public Guid? PartnerId { get; private set; }

    public PlaceStatus Status { get; private set; }

    public string? ClosingReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): a close racing a booking or another close loses.</summary>
    public uint Version { get; private set; }

    public GeoPoint Location => new(Latitude, Longitude);

    public WeeklyHours Hours => WeeklyHours.From(OpeningHours).Value ?? WeeklyHours.None;

    public static DomainResult<Place> Create(NewPlace place, DateTimeOffset now)
    {
        if ((place.OperatorKind == OperatorKind.Partner) != place.PartnerId.HasValue)
        {
            return DomainError.Rule("operator.partnerId: a place run by a partner names the partner, and only such a place does.");
        }

        return new Place
        {
            Id = Guid.CreateVersion7(now),
            Kind = place.Kind,
            Name = place.Name.Trim(),
            UnitId = place.UnitId,
            Latitude = place.Location.Lat,
            Longitude = place.Location.Lon,
            Address = string.IsNullOrWhiteSpace(place.Address) ? null : place.Address.Trim(),
            OpeningHours = [.. place.Hours.Spans],
            Services = place.Services.Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToList(),
            Capacity = place.Capacity,
            OperatorKind = place.OperatorKind,
            PartnerId = place.PartnerId,
            Status = PlaceStatus.Open,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    public DomainError? Close(string? reason, DateTimeOffset now)
    {
        if (Status == PlaceStatus.Closed)
        {
            return DomainError.WrongState(Status, $"'{Name}' is closed already.");
        }

        Status = PlaceStatus.Closed;
        ClosingReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        UpdatedAt = now;
        return null;
    }

    public DomainError? Reopen(DateTimeOffset now)
    {
        if (Status == PlaceStatus.Open)
        {
            return DomainError.WrongState(Status, $"'{Name}' is open.");
        }

        Status = PlaceStatus.Open;
        ClosingReason = null;
        UpdatedAt = now;
        return null;
    }

    public bool IsOpenAt(DateTimeOffset instant, TimeZoneInfo zone) => Status == PlaceStatus.Open && Hours.IsOpenAt(instant, zone);

    /// <summary>
    /// Books <paramref name="request"/>'s slot. <paramref name="booked"/> are the place's live bookings
    /// that overlap the slot; the party fits when, at every moment of the slot, they and it together
    /// stay within the capacity.
    /// </summary>
    public DomainResult<Booking> Book(BookingRequest request, IReadOnlyCollection<Booking> booked, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (Status == PlaceStatus.Closed)
        {
            return DomainError.WrongState(Status, $"'{Name}' is closed and takes no bookings.");
        }

        if (Capacity is not { } capacity)
        {
            return DomainError.Rule($"'{Name}' has no capacity set, so it takes no bookings.");
        }

        if (request.From >= request.To)
        {
            return DomainError.Rule("slot: 'from' must come before 'to'.");
        }

        if (request.To <= now)
        {
            return DomainError.Rule("slot: the slot is over already.");
        }

        if (!Hours.Covers(request.From, request.To, zone))
        {
            return DomainError.Rule($"slot: '{Name}' is not open for the whole slot; book inside one of its openings.");
        }

        if (request.PartySize > capacity)
        {
            return DomainError.Rule($"partySize: '{Name}' takes at most {capacity} at once.");
        }

        var peak = Occupancy.Peak(booked.Where(b => b.IsLive && b.Overlaps(request.From, request.To)), request.From, request.To);
        if (peak + request.PartySize > capacity)
        {
            return new DomainError(DomainErrorKind.WrongState, "full",
                $"'{Name}' has {Math.Max(0, capacity - peak)} of {capacity} places left in that slot; the party of {request.PartySize} does not fit.");
        }

        return Booking.Create(this, request, now);
    }
}
