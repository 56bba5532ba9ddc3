namespace Platform.Modules.Pricing.Analytics;

/// <summary>A request field that makes an analysis impossible: its camelCase path (<c>responses[2].cheap</c>) and why.</summary>
internal sealed record FieldError(string Field, string Reason);

/// <summary>Turns field errors into the shape <c>Results.ValidationProblem</c> takes.</summary>
internal static class FieldErrors
{
    public static Dictionary<string, string[]> ToProblemErrors(this IEnumerable<FieldError> errors) =>
        errors.GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray(), StringComparer.Ordinal);
}
