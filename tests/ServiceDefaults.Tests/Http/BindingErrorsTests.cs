using System.Text.Json;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http;

namespace Governance.ServiceDefaults.Tests.Http;

public class BindingErrorsTests
{
    public enum Province { Street, Community, Grid }

    public sealed record Slot(DateTimeOffset From, int Count);

    public sealed record Staffing(Province? Level);

    // Shaped like places' opening hours: a framework enum, nullable, in a nullable list item.
    public sealed record Opening(DayOfWeek? Day, string? From, IReadOnlyList<Staffing>? Staffing);

    public sealed record Request(
        Province Level, Guid ParentId, IReadOnlyList<Slot> Slots, string? Name,
        Province? Fallback, IReadOnlyList<Opening?>? Openings, Province[]? Reach);

    private static readonly JsonSerializerOptions Options = Wire();

    private static void Handle(Request request) => Assert.NotNull(request);

    private static JsonSerializerOptions Wire()
    {
        var options = new JsonSerializerOptions();
        HttpConventions.ConfigureJson(options);
        return options;
    }

    private static void OpenOn(DayOfWeek? day) => Assert.NotNull(day);

    private static Dictionary<string, string[]> ErrorsFor(string json)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Request>(json, Options));
        var handler = typeof(BindingErrorsTests).GetMethod(nameof(Handle), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static);
        return BindingErrors.From(new BadHttpRequestException("Failed to read parameter \"Request request\" from the request body as JSON.", 400, exception), handler)!;
    }

    [Fact]
    public void An_unknown_enum_value_names_the_field_and_the_allowed_values()
    {
        var errors = ErrorsFor("""{"level":"province"}""");

        Assert.Equal(["'level' must be one of: street, community, grid."], errors["level"]);
    }

    [Fact]
    public void An_unknown_value_of_a_nullable_enum_lists_the_allowed_values()
    {
        var errors = ErrorsFor("""{"fallback":"province"}""");

        Assert.Equal(["'fallback' must be one of: street, community, grid."], errors["fallback"]);
    }

    [Fact]
    public void An_unknown_enum_value_in_a_list_item_names_the_item_field_and_the_allowed_values()
    {
        var errors = ErrorsFor("""{"openings":[{"day":"monday","from":"08:00"},{"day":"funday","from":"08:00"}]}""");

        Assert.Equal(
            ["'openings[1].day' must be one of: sunday, monday, tuesday, wednesday, thursday, friday, saturday."],
            Assert.Single(errors, e => e.Key == "openings[1].day").Value);
    }

    [Fact]
    public void An_unknown_enum_value_in_an_object_inside_a_list_item_is_named_by_its_full_path()
    {
        var errors = ErrorsFor("""{"openings":[{"day":"monday","staffing":[{"level":"grid"},{"level":"province"}]}]}""");

        Assert.Equal(["'openings[0].staffing[1].level' must be one of: street, community, grid."], errors["openings[0].staffing[1].level"]);
    }

    [Fact]
    public void An_unknown_enum_value_in_an_array_names_its_index_and_the_allowed_values()
    {
        var errors = ErrorsFor("""{"reach":["street","province"]}""");

        Assert.Equal(["'reach[1]' must be one of: street, community, grid."], errors["reach[1]"]);
    }

    [Fact]
    public void A_wrong_type_deep_in_the_body_is_named_by_its_json_path()
    {
        var errors = ErrorsFor("""{"level":"grid","slots":[{"from":"2026-11-29T10:00:00Z","count":1},{"from":"2026-11-29T10:00:00Z","count":"many"}]}""");

        Assert.Equal("slots[1].count", Assert.Single(errors).Key);
        Assert.Contains("whole number", errors["slots[1].count"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_guid_says_a_guid_is_expected()
    {
        var errors = ErrorsFor("""{"parentId":"not-a-guid"}""");

        Assert.Contains("GUID", errors["parentId"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_timestamp_that_cannot_be_one_says_what_format_is_expected()
    {
        var errors = ErrorsFor("""{"slots":[{"from":"tomorrow","count":1}]}""");

        Assert.Contains("ISO 8601", errors["slots[0].from"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_object_where_an_array_belongs_says_an_array_is_expected()
    {
        var errors = ErrorsFor("""{"slots":{"from":"2026-11-29T10:00:00Z"}}""");

        Assert.Equal(["'slots' must be an array."], errors["slots"]);
    }

    [Fact]
    public void Malformed_json_names_where_it_broke()
    {
        var errors = ErrorsFor("""{"name":"a",}""");

        Assert.Single(errors);
    }

    [Fact]
    public void Timestamps_with_any_offset_are_read_as_the_same_instant_in_utc()
    {
        var slot = JsonSerializer.Deserialize<Slot>("""{"from":"2026-11-29T10:00:00+08:00","count":1}""", Options)!;

        Assert.Equal(TimeSpan.Zero, slot.From.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 2, 0, 0, TimeSpan.Zero), slot.From);
        Assert.Contains("\"2026-11-29T02:00:00+00:00\"", JsonSerializer.Serialize(slot, Options), StringComparison.Ordinal);
    }

    [Fact]
    public void A_timestamp_whose_utc_instant_does_not_exist_is_a_field_error()
    {
        var errors = ErrorsFor("""{"slots":[{"from":"0001-01-01T00:00:00+08:00","count":1}]}""");

        Assert.Contains("ISO 8601", errors["slots[0].from"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Failed to bind parameter \"int? page\" from \"abc\".", "page", "whole number")]
    [InlineData("Failed to bind parameter \"Nullable<int> page\" from \"abc\".", "page", "whole number")]
    [InlineData("Failed to bind parameter \"Guid id\" from \"x\".", "id", "GUID")]
    [InlineData("Failed to bind parameter \"DateOnly? to\" from \"9999-99-99\".", "to", "date")]
    [InlineData("Required parameter \"string q\" was not provided from query string.", "q", "required")]
    public void Query_and_route_values_that_cannot_be_bound_are_named(string message, string field, string expected)
    {
        var errors = BindingErrors.From(new BadHttpRequestException(message, 400))!;

        Assert.Contains(expected, errors[field][0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_in_the_query_lists_the_allowed_values()
    {
        var errors = BindingErrors.From(new BadHttpRequestException("Failed to bind parameter \"Province? level\" from \"x\".", 400))!;

        Assert.Equal(["'level' must be one of: street, community, grid."], errors["level"]);
    }

    [Fact]
    public void A_framework_enum_in_the_query_lists_the_allowed_values_of_the_declared_parameter()
    {
        var endpoint = typeof(BindingErrorsTests).GetMethod(nameof(OpenOn), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static);

        var errors = BindingErrors.From(new BadHttpRequestException("Failed to bind parameter \"DayOfWeek? day\" from \"funday\".", 400), endpoint)!;

        Assert.Equal(["'day' must be one of: sunday, monday, tuesday, wednesday, thursday, friday, saturday."], errors["day"]);
    }

    [Fact]
    public void Other_bad_requests_are_not_field_errors() =>
        Assert.Null(BindingErrors.From(new BadHttpRequestException("Request body too large.", 400)));
}
