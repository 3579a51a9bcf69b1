using System.Text.Json;
using Governance.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http;

namespace Governance.ServiceDefaults.Tests.Http;

public class BindingErrorsTests
{
    public enum Province { Street, Community, Grid }

    public sealed record Slot(DateTimeOffset From, int Count);

    public sealed record Request(Province Level, Guid ParentId, IReadOnlyList<Slot> Slots, string? Name);

    private static readonly JsonSerializerOptions Options = Wire();

    private static void Handle(Request request) => Assert.NotNull(request);

    private static JsonSerializerOptions Wire()
    {
        var options = new JsonSerializerOptions();
        HttpConventions.ConfigureJson(options);
        return options;
    }

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
    public void Other_bad_requests_are_not_field_errors() =>
        Assert.Null(BindingErrors.From(new BadHttpRequestException("Request body too large.", 400)));
}
