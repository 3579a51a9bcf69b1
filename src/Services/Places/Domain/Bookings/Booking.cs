using System.Security.Cryptography;
using Governance.Places.Domain.Places;
using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Domain;

namespace Governance.Places.Domain.Bookings;

public enum BookingStatus
{
    Booked,
    Cancelled,
}

/// <param name="BookedBy">The caller's subject: they may cancel it themselves.</param>
public sealed record BookingRequest(string Name, string Phone, DateTimeOffset From, DateTimeOffset To, int PartySize, string BookedBy);

/// <summary>A resident's booking of a slot at a place with a capacity; its code is what they show at the door.</summary>
public sealed class Booking : IDistrictOwned
{
    public const int MaxNameLength = 100;
    public const int MaxPartySize = 50;
    public const int CodeLength = 6;

    // No 0/O or 1/I: codes are read aloud and typed.
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Booking()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public Guid PlaceId { get; private set; }

    public PlaceKind PlaceKind { get; private set; }

    public string Name { get; private set; } = "";

    public string Phone { get; private set; } = "";

    public DateTimeOffset From { get; private set; }

    public DateTimeOffset To { get; private set; }

    public int PartySize { get; private set; }

    public string Code { get; private set; } = "";

    public BookingStatus Status { get; private set; }

    public string BookedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public bool IsLive => Status == BookingStatus.Booked;

    public bool Overlaps(DateTimeOffset from, DateTimeOffset to) => From < to && from < To;

    internal static Booking Create(Place place, BookingRequest request, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        District = place.District,
        PlaceId = place.Id,
        PlaceKind = place.Kind,
        Name = request.Name.Trim(),
        Phone = request.Phone.Trim(),
        From = request.From,
        To = request.To,
        PartySize = request.PartySize,
        Code = RandomNumberGenerator.GetString(CodeAlphabet, CodeLength),
        Status = BookingStatus.Booked,
        BookedBy = request.BookedBy,
        CreatedAt = now,
    };

    /// <summary>The one who booked, or a manager of the place, cancels; a cancelled booking frees its places.</summary>
    public DomainError? Cancel(string caller, bool callerManagesPlaces, DateTimeOffset now)
    {
        if (!callerManagesPlaces && !string.Equals(caller, BookedBy, StringComparison.Ordinal))
        {
            return DomainError.NotAllowed("Only the one who booked, or a place manager, may cancel a booking.");
        }

        if (Status == BookingStatus.Cancelled)
        {
            return DomainError.WrongState(Status, $"Booking {Code} was cancelled at {CancelledAt:O}.");
        }

        Status = BookingStatus.Cancelled;
        CancelledAt = now;
        return null;
    }
}

/// <summary>How many people bookings hold at once.</summary>
public static class Occupancy
{
    /// <summary>The most people <paramref name="bookings"/> hold at any moment of [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static int Peak(IEnumerable<Booking> bookings, DateTimeOffset from, DateTimeOffset to)
    {
        // Arrivals and departures in time order, a departure before an arrival at the same instant: slots end where the next begins.
        var changes = bookings
            .SelectMany(b => new[] { (At: b.From < from ? from : b.From, Delta: b.PartySize), (At: b.To > to ? to : b.To, Delta: -b.PartySize) })
            .OrderBy(c => c.At).ThenBy(c => c.Delta);
        int present = 0, peak = 0;
        foreach (var change in changes)
        {
            present += change.Delta;
            peak = Math.Max(peak, present);
        }

        return peak;
    }
}
