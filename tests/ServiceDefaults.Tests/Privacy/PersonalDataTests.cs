using Governance.ServiceDefaults.Privacy;

namespace Governance.ServiceDefaults.Tests.Privacy;

public class PersonalDataTests
{
    [Theory]
    [InlineData("130202199001011232")]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    public void An_id_number_with_the_right_check_character_is_valid(string idNumber) =>
        Assert.True(PersonalData.IsValidIdNumber(idNumber));

    [Theory]
    [InlineData("130202199001011233")] // wrong check digit
    [InlineData("110105194912310021")] // X expected
    [InlineData("13020219900101123")] // 17 characters
    [InlineData("1302021990010112321")] // 19 characters
    [InlineData("130202199013011238")] // month 13
    [InlineData("030202199001011232")] // region cannot start with 0
    [InlineData("13020219900101123X2")]
    [InlineData("")]
    [InlineData(null)]
    public void A_malformed_id_number_is_refused(string? idNumber) =>
        Assert.False(PersonalData.IsValidIdNumber(idNumber));

    [Fact]
    public void Every_check_character_follows_iso_7064_mod_11_2()
    {
        // Changing any one of the 17 leading digits must change the expected check character.
        const string valid = "130202199001011232";
        for (var position = 0; position < 17; position++)
        {
            if (position is >= 6 and < 14)
            {
                continue; // changing the birth date may make it invalid for another reason
            }

            var digit = (char)('0' + (((valid[position] - '0') + 1) % 10));
            var changed = string.Concat(valid.AsSpan(0, position), digit.ToString(), valid.AsSpan(position + 1));
            Assert.False(PersonalData.IsValidIdNumber(changed), $"a change at position {position} went unnoticed");
        }
    }

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("0315-2345678", true)]
    [InlineData("03152345678", true)]
    [InlineData("010-12345678", true)]
    [InlineData("1381234567", false)]
    [InlineData("23812345678", false)]
    [InlineData("138-1234-5678", false)]
    [InlineData("+8613812345678", false)]
    [InlineData("2345678", false)]
    public void Phones_are_mobiles_or_landlines_with_an_area_code(string phone, bool valid) =>
        Assert.Equal(valid, PersonalData.IsValidPhone(phone));

    [Fact]
    public void An_id_number_shows_its_first_six_and_last_four_characters() =>
        Assert.Equal("130202********1232", PersonalData.MaskIdNumber("130202199001011232"));

    [Fact]
    public void A_phone_shows_its_first_three_and_last_four_characters()
    {
        Assert.Equal("138****5678", PersonalData.MaskPhone("13812345678"));
        Assert.Equal("031*****5678", PersonalData.MaskPhone("0315-2345678"));
    }

    [Theory]
    [InlineData("Please call my son at 13812345678", true)]
    [InlineData("ID 130202199001011232 for the form", true)]
    [InlineData("A wheelchair for the 3rd floor", false)]
    [InlineData("Order no. 123456789012345678901 was lost", false)]
    public void Id_and_mobile_numbers_are_found_in_free_text(string text, bool found) =>
        Assert.Equal(found, PersonalData.ContainsIdOrPhoneNumber(text));
}
