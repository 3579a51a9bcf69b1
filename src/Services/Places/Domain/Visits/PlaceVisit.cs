using Governance.BuildingBlocks.Data;
using Governance.Places.Domain.Places;

namespace Governance.Places.Domain.Visits;

/// <summary>Walk-ins counted by a place's staff: how many came, when, and what for.</summary>
public sealed class PlaceVisit : IDistrictOwned
{
    public const int MaxCount = 10_000;
    public const int MaxPurposeLength = 200;

    private PlaceVisit()
    {
    }

    public Guid Id { get; private set; }

    public string District { get; set; } = "";

    public Guid PlaceId { get; private set; }

    public PlaceKind PlaceKind { get; private set; }

    public int Count { get; private set; }

    public string? Purpose { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public static PlaceVisit Record(Place place, int count, string? purpose, DateTimeOffset at, string recordedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        District = place.District,
        PlaceId = place.Id,
        PlaceKind = place.Kind,
        Count = count,
        Purpose = string.IsNullOrWhiteSpace(purpose) ? null : purpose.Trim(),
        At = at,
        RecordedBy = recordedBy,
    };
}
