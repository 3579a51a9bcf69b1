namespace Governance.Places.Domain.Places;

/// <summary>What a place is, as the seed names them: service stations (驿站), the party-mass service centre (初心家园) and the neighbourhood partners' rooms.</summary>
public enum PlaceKind
{
    PartyMassCentre,
    ConvenienceStation,
    ReadingStation,
    SportsStation,
    GigWorkStation,
    SocialWorkStation,
    Canteen,
    HousekeepingRoom,
    StudyRoom,
    ConvenienceMarket,
    DayCare,
}

public enum PlaceStatus
{
    Open,
    Closed,
}

/// <summary>Who runs a place: the street office, the community, or a neighbourhood partner (睦邻合伙人).</summary>
public enum OperatorKind
{
    StreetOffice,
    Community,
    Partner,
}

public static class PlaceKinds
{
    /// <summary>The five kinds of service station (便民, 书香, 运动, 零工, 社工) every street should have one of each.</summary>
    public static readonly IReadOnlyList<PlaceKind> Stations =
        [PlaceKind.ConvenienceStation, PlaceKind.ReadingStation, PlaceKind.SportsStation, PlaceKind.GigWorkStation, PlaceKind.SocialWorkStation];
}
