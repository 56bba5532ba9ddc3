using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Core.Inputs.Rules;

/// <summary>A business code: capital letters, digits, '-' and '_', starting with a letter or digit (for example CUS-000123).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class BusinessCodeAttribute : RegularExpressionAttribute
{
    /// <summary>Creates the rule.</summary>
    public BusinessCodeAttribute() : base("^[A-Z0-9][A-Z0-9_-]*$") =>
        ErrorMessage = "The field {0} may hold only capital letters, digits, '-' and '_', and must start with a letter or digit.";
}
