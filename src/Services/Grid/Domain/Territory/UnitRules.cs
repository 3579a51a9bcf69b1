namespace Governance.Grid.Domain.Territory;

public static class UnitRules
{
    public const int MaxNameLength = 100;
    public const int MaxCodeLength = 32;
    public const string CodePattern = "^[0-9A-Za-z-]+$";
}
