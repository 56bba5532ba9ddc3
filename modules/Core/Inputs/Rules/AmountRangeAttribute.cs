using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Core.Inputs.Rules;

/// <summary>A money amount or stock quantity from zero (or above zero) up to one trillion.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AmountRangeAttribute : RangeAttribute
{
    /// <summary>The largest accepted amount; well inside the 18-digit, 4-decimal columns.</summary>
    public const double Largest = 1_000_000_000_000d;

    /// <summary>Creates the rule; with <paramref name="positive"/> zero is refused too.</summary>
    public AmountRangeAttribute(bool positive = false) : base(0d, Largest)
    {
        MinimumIsExclusive = positive;
        ErrorMessage = positive
            ? "The field {0} must be greater than 0 and at most {2}."
            : "The field {0} must be between {1} and {2}.";
    }
}
