using Governance.Places.Domain.Bookings;
using Governance.Places.Domain.Places;
using Governance.ServiceDefaults.Domain;

namespace Governance.Places.Tests.Domain;

/// <summary>A study room's seats, booked and cancelled, without I/O.</summary>
public sealed class BookingTests
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.CreateCustomTimeZone("UTC+8", TimeSpan.FromHours(8), "UTC+8", "UTC+8");
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.FromHours(8));

    private static DateTimeOffset Monday(int hour) => new(2026, 11, 30, hour, 0, 0, TimeSpan.FromHours(8));

    private static Place StudyRoom(int capacity = 4) => Place.Create(new NewPlace(
        PlaceKind.StudyRoom, "Lamplight study room", Guid.NewGuid(), new GeoPoint(39.63, 118.18), null,
        WeeklyHours.From([new OpeningSpan(DayOfWeek.Monday, 8 * 60, 22 * 60)]).Value!, ["quiet seats"], capacity, OperatorKind.Community, null), Now).Value!;

    private static BookingRequest Request(int from, int to, int party = 1, string by = "resident-1") =>
        new("Li Hua", "13812345678", Monday(from), Monday(to), party, by);

    private static Booking Book(Place place, List<Booking> booked, BookingRequest request)
    {
        var result = place.Book(request, booked, Now, Beijing);
        Assert.Null(result.Error);
        booked.Add(result.Value!);
        return result.Value!;
    }

    [Fact]
    public void Parties_fill_a_slot_up_to_the_capacity_and_the_next_one_is_told_how_many_are_left()
    {
        var room = StudyRoom(capacity: 4);
        List<Booking> booked = [];
        Book(room, booked, Request(9, 11, party: 3));

        var refused = room.Book(Request(10, 12, party: 2), booked, Now, Beijing).Error;

        Assert.Equal((DomainErrorKind.WrongState, "full"), (refused?.Kind, refused?.State));
        Assert.Contains("1 of 4", refused!.Detail, StringComparison.Ordinal);
        Assert.Null(room.Book(Request(10, 12, party: 1), booked, Now, Beijing).Error);
    }

    [Fact]
    public void Bookings_that_follow_one_another_do_not_add_up()
    {
        var room = StudyRoom(capacity: 2);
        List<Booking> booked = [];
        Book(room, booked, Request(9, 10, party: 2));
        Book(room, booked, Request(10, 11, party: 2));

        Assert.Null(room.Book(Request(11, 12, party: 2), booked, Now, Beijing).Error);
        Assert.Equal("full", room.Book(Request(9, 11, party: 1), booked, Now, Beijing).Error?.State);
    }

    [Fact]
    public void A_cancelled_booking_frees_its_places()
    {
        var room = StudyRoom(capacity: 2);
        List<Booking> booked = [];
        var first = Book(room, booked, Request(9, 11, party: 2));

        Assert.Null(first.Cancel("resident-1", callerManagesPlaces: false, Now));

        Assert.Null(room.Book(Request(9, 11, party: 2), booked, Now, Beijing).Error);
    }

    [Fact]
    public void A_slot_outside_the_opening_hours_breaks_a_rule()
    {
        var refused = StudyRoom().Book(Request(21, 23), [], Now, Beijing).Error;

        Assert.Equal(DomainErrorKind.Rule, refused?.Kind);
        Assert.StartsWith("slot:", refused!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_place_and_a_place_without_capacity_take_no_bookings()
    {
        var closed = StudyRoom();
        closed.Close("renovation", Now);
        var noCapacity = Place.Create(new NewPlace(PlaceKind.ReadingStation, "Books", Guid.NewGuid(), new GeoPoint(39.6, 118.1), null,
            WeeklyHours.From([new OpeningSpan(DayOfWeek.Monday, 0, 1440)]).Value!, [], null, OperatorKind.StreetOffice, null), Now).Value!;

        Assert.Equal((DomainErrorKind.WrongState, "closed"), (closed.Book(Request(9, 10), [], Now, Beijing).Error?.Kind, closed.Book(Request(9, 10), [], Now, Beijing).Error?.State));
        Assert.Equal(DomainErrorKind.Rule, noCapacity.Book(Request(9, 10), [], Now, Beijing).Error?.Kind);
    }

    [Fact]
    public void Only_the_one_who_booked_or_a_manager_cancels_and_only_once()
    {
        var booking = Book(StudyRoom(), [], Request(9, 10, by: "resident-1"));

        Assert.Equal(DomainErrorKind.NotAllowed, booking.Cancel("resident-2", callerManagesPlaces: false, Now)?.Kind);
        Assert.Null(booking.Cancel("manager-9", callerManagesPlaces: true, Now));
        Assert.Equal("cancelled", booking.Cancel("resident-1", callerManagesPlaces: false, Now)?.State);
    }

    [Fact]
    public void A_booking_code_avoids_characters_read_alike()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => Book(StudyRoom(capacity: 1000), [], Request(9, 10)).Code).ToList();

        Assert.All(codes, code => Assert.Matches("^[A-HJ-NP-Z2-9]{6}$", code));
    }
}
