using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Platform.Modules.Core.Funnel;

/// <summary>
/// A funnel benchmark setting: the percentage of opportunities reaching NeedsConfirmed, Proposal,
/// Negotiation and ClosedWon, comma-separated (<c>40,25,12,5</c>), each 0–100 and none above the one before.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class StageConversionsAttribute : ValidationAttribute
{
    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        return StageConversions.TryParse(value as string, out _, out var reason)
            ? ValidationResult.Success
            : new ValidationResult($"{validationContext.MemberName} {reason}", validationContext.MemberName is { } m ? [m] : []);
    }
}

/// <summary>Reads a funnel benchmark setting (see <see cref="StageConversionsAttribute"/>).</summary>
public static class StageConversions
{
    /// <summary>Number of stages after InitialContact that a benchmark gives.</summary>
    public const int Count = 4;

    /// <summary>The four percentages; the settings are validated when they are set, so a bad value here is a bug.</summary>
    public static IReadOnlyList<decimal> Parse(string? text) =>
        TryParse(text, out var values, out var reason) ? values : throw new InvalidOperationException($"Funnel benchmark '{text}' {reason}");

    /// <summary>False with the reason when <paramref name="text"/> is not four non-increasing percentages.</summary>
    public static bool TryParse(string? text, out IReadOnlyList<decimal> values, out string reason)
    {
        values = [];
        var parts = (text ?? "").Split(',', StringSplitOptions.TrimEntries);
        var parsed = new List<decimal>();
        foreach (var part in parts)
        {
            if (!decimal.TryParse(part, NumberStyles.Number, CultureInfo.InvariantCulture, out var percent) || percent is < 0 or > 100)
            {
                reason = $"must be {Count} percentages (0-100) separated by commas, such as 40,25,12,5; '{part}' is not one.";
                return false;
            }
            parsed.Add(percent);
        }
        if (parsed.Count != Count)
        {
            reason = $"must give {Count} percentages (NeedsConfirmed, Proposal, Negotiation, ClosedWon); it gives {parsed.Count}.";
            return false;
        }
        for (var i = 1; i < parsed.Count; i++)
        {
            if (parsed[i] > parsed[i - 1])
            {
                reason = "must not rise from one stage to the next: an opportunity reaches a stage only through the ones before.";
                return false;
            }
        }
        values = parsed;
        reason = "";
        return true;
    }
}
