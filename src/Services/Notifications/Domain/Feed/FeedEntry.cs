using Governance.BuildingBlocks.Data;

namespace Governance.Notifications.Domain.Feed;

/// <summary>A change as the feed keeps it for a day: numbered in its district's order of commit.</summary>
public sealed class FeedEntry : IDistrictOwned
{
    public string District { get; set; } = "";

    /// <summary>Monotonic within the district: the frame's <c>id</c>, what <c>Last-Event-ID</c> resumes from.</summary>
    public long Id { get; init; }

    public string Type { get; init; } = "";

    public string Family { get; init; } = "";

    public Guid SubjectId { get; init; }

    public Guid? UnitId { get; init; }

    public Guid? GridId { get; init; }

    public Guid? CommunityId { get; init; }

    public Guid? StreetId { get; init; }

    public string? Band { get; init; }

    /// <summary>The one person (a token's <c>sub</c>) this frame is for; null for the whole district.</summary>
    public string? Recipient { get; init; }

    /// <summary>The change's facts as a JSON object.</summary>
    public string Facts { get; init; } = "{}";

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public UnitLadder Where => new(UnitId, GridId, CommunityId, StreetId);

    /// <summary>Whether the caller with subject <paramref name="subject"/> may see this frame.</summary>
    public bool IsFor(string? subject) => Recipient is null || Recipient == subject;

    public static FeedEntry Of(Change change, long id, DateTimeOffset occurredAt, DateTimeOffset recordedAt) => new()
    {
        Id = id,
        Type = change.Type,
        Family = change.Family,
        SubjectId = change.SubjectId,
        UnitId = change.Where.UnitId,
        GridId = change.Where.GridId,
        CommunityId = change.Where.CommunityId,
        StreetId = change.Where.StreetId,
        Band = change.Band,
        Facts = change.Facts.ToJsonString(),
        Recipient = change.Recipient,
        OccurredAt = occurredAt,
        RecordedAt = recordedAt,
    };
}

/// <summary>The last id given out in a district; its row lock orders the district's frames by commit.</summary>
public sealed class FeedCounter
{
    public string District { get; init; } = "";

    public long Last { get; set; }
}

/// <summary>
/// What a change is about (a case, a wish, an activity, a place) and the unit it sits in, remembered
/// from the event that introduced it, so that later events naming only the subject can be placed.
/// </summary>
public sealed class FeedSubject : IDistrictOwned
{
    public Guid Id { get; init; }

    public string District { get; set; } = "";

    public Guid UnitId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
