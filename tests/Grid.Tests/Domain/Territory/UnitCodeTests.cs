using Governance.Grid.Domain.Territory;

namespace Governance.Grid.Tests.Domain.Territory;

public class UnitCodeTests
{
    [Fact]
    public void The_first_street_of_a_district_extends_its_administrative_code()
    {
        Assert.Equal("130202001", UnitCode.Next("130202", []).Code);
    }

    [Fact]
    public void The_next_code_follows_the_highest_sibling_and_ignores_hand_made_codes()
    {
        var (code, _) = UnitCode.Next("130202001002", ["130202001002001", "130202001002007", "CUSTOM-9", "130202001002", "130202001003999", null]);

        Assert.Equal("130202001002008", code);
    }

    [Fact]
    public void A_full_sequence_asks_for_a_code()
    {
        var (code, error) = UnitCode.Next("130202", ["130202999"]);

        Assert.Null(code);
        Assert.Contains("999", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("130202", true)]
    [InlineData("13020", false)]
    [InlineData("13020A", false)]
    public void Administrative_codes_are_six_digits(string code, bool valid)
    {
        Assert.Equal(valid, UnitCode.IsAdministrativeCode(code));
    }
}
