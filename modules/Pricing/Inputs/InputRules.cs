namespace Platform.Modules.Pricing.Inputs;

/// <summary>Limits and patterns shared by the Pricing inputs.</summary>
internal static class InputRules
{
    public const double LargestAmount = 1_000_000_000_000d;
    public const string CurrencyPattern = "^[A-Z]{3}$";
    public const string CurrencyMessage = "The field {0} must be a three-letter ISO 4217 currency code such as CNY.";
    public const string ChannelPattern = "^(Direct|Partner|Store|Online)$";
    public const string ChannelMessage = "The field {0} must be one of Direct, Partner, Store, Online (the Core sales channels).";
    public const string CustomerGroupPattern = "^(Consumer|SmallBusiness|KeyAccount|Government)$";
    public const string CustomerGroupMessage = "The field {0} must be one of Consumer, SmallBusiness, KeyAccount, Government (the Core customer types).";
    public const string CodePattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
    public const string CodeMessage = "The field {0} may hold letters, digits, '.', '_' and '-', starting with a letter or digit.";
}
