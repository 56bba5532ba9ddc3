using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Core.Inputs.Rules;

/// <summary>
/// A mainland China resident identity card number (GB 11643-1999): 17 digits and a check character
/// (0–9 or X) computed with ISO 7064 MOD 11-2.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ChineseIdNumberAttribute : ValidationAttribute
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Creates the rule.</summary>
    public ChineseIdNumberAttribute() : base("The field {0} must be an 18-character resident identity card number with a valid check character.") { }

    /// <inheritdoc />
    public override bool IsValid(object? value) => value is null || (value is string text && IsValidNumber(text));

    /// <summary>True when <paramref name="number"/> has 17 digits and the right check character.</summary>
    public static bool IsValidNumber(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (number.Length != 18 || !number[..17].All(char.IsAsciiDigit))
        {
            return false;
        }
        return number[17] == CheckCharacter(number[..17]);
    }

    /// <summary>The check character for the first 17 digits.</summary>
    public static char CheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }
}
