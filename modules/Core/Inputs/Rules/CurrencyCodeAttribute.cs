using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Core.Inputs.Rules;

/// <summary>An ISO 4217 currency code: three capital letters, for example CNY.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CurrencyCodeAttribute : RegularExpressionAttribute
{
    /// <summary>Creates the rule.</summary>
    public CurrencyCodeAttribute() : base("^[A-Z]{3}$") =>
        ErrorMessage = "The field {0} must be a three-letter ISO 4217 currency code such as CNY.";
}
