using Governance.Volunteers.Domain.Hours;

namespace Governance.Volunteers.Tests.Domain.Hours;

public class HoursCsvTests
{
    private static readonly Guid Volunteer = Guid.Parse("0192f0c4-0000-7000-8000-000000000001");

    [Fact]
    public void A_row_has_the_volunteer_the_month_and_hours_with_two_decimals()
    {
        Assert.Equal($"{Volunteer},Sun Yu,2026-03,12.50", HoursCsv.Row(new MonthlyHours(Volunteer, "Sun Yu", 2026, 3, 12.5m)));
    }

    [Theory]
    [InlineData("Wang, Li", "\"Wang, Li\"")]
    [InlineData("Li \"Lei\"", "\"Li \"\"Lei\"\"\"")]
    [InlineData("=HYPERLINK(1)", "'=HYPERLINK(1)")]
    [InlineData("-1+1,", "\"'-1+1,\"")]
    [InlineData("孙雨", "孙雨")]
    public void Names_are_quoted_when_needed_and_never_read_as_formulas(string name, string expected)
    {
        Assert.Equal(expected, HoursCsv.Field(name));
    }
}
