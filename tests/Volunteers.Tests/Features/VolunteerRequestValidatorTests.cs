using Governance.Volunteers.Domain.Matching;
using Governance.Volunteers.Domain.Pool;
using Governance.Volunteers.Features.Volunteers;

namespace Governance.Volunteers.Tests.Features;

public class VolunteerRequestValidatorTests
{
    private static readonly VolunteerRequestValidator Validator = new();

    private static VolunteerRequest Valid() => new(
        "Wang Fang", "13800138000", Guid.CreateVersion7(), VolunteerKind.Resident,
        [new SkillDto("legal", SkillLevel.Basic, null)],
        [new AvailabilityDto(DayOfWeek.Saturday, "09:00", "12:00")],
        [FocusGroup.Elderly]);

    [Fact]
    public void A_valid_request_passes() => Assert.True(Validator.Validate(Valid()).IsValid);

    [Fact]
    public void An_empty_body_is_refused_field_by_field_without_throwing()
    {
        var result = Validator.Validate(new VolunteerRequest(null, null, null, null, null, null, null));

        Assert.Contains(result.Errors, e => e.PropertyName == "Skills");
        Assert.Contains(result.Errors, e => e.PropertyName == "Name");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("25:00")]
    [InlineData("abc")]
    public void A_window_end_that_is_not_a_time_is_refused_like_its_start(string? to)
    {
        var result = Validator.Validate(Valid() with { Availability = [new AvailabilityDto(DayOfWeek.Monday, "09:00", to)] });

        Assert.Contains(result.Errors, e => e.PropertyName == "Availability[0].To");
    }

    [Fact]
    public void Null_entries_in_lists_are_refused()
    {
        var result = Validator.Validate(Valid() with { Skills = [null!], Availability = [null!] });

        Assert.Contains(result.Errors, e => e.PropertyName == "Skills[0]");
        Assert.Contains(result.Errors, e => e.PropertyName == "Availability[0]");
    }
}
