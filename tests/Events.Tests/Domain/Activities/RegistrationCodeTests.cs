using Governance.Events.Domain.Activities;

namespace Governance.Events.Tests.Domain.Activities;

public class RegistrationCodeTests
{
    [Fact]
    public void Codes_are_eight_characters_of_the_unambiguous_alphabet()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => RegistrationCodes.Next()).ToList();

        Assert.All(codes, c => Assert.Equal(RegistrationCodes.Length, c.Length));
        Assert.All(codes, c => Assert.True(c.All(RegistrationCodes.Alphabet.Contains), c));
        Assert.DoesNotContain(RegistrationCodes.Alphabet, c => "0O1IL2Z5S".Contains(c, StringComparison.Ordinal));
        Assert.True(codes.Distinct().Count() > 990);
    }

    [Fact]
    public void A_code_taken_already_is_drawn_again()
    {
        var draws = new Queue<string>(["AAAA3333", "AAAA3333", "BBBB4444"]);

        var code = RegistrationCodes.Unused(new HashSet<string> { "AAAA3333" }, draws.Dequeue);

        Assert.Equal("BBBB4444", code);
    }

    [Fact]
    public void Codes_read_back_from_paper_ignore_case_spaces_and_dashes()
    {
        Assert.Equal("ABCD3467", RegistrationCodes.Normalise(" abcd-3467 "));
    }
}
