using System.Globalization;
using Microsoft.AspNetCore.Http;
using Platform.Modules.Pricing.Analytics;
using Platform.Modules.Pricing.Analytics.Sources;

namespace Platform.Modules.Pricing.Api.Analytics;

/// <summary>Reads optional query parameters, collecting a field error for every value that does not parse (for a 400 naming it).</summary>
internal sealed class QueryParameters(IQueryCollection query)
{
    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public bool HasErrors => Errors.Count > 0;

    public IResult Problem() => Results.ValidationProblem(Errors, title: "The query parameters are not valid.");

    public void Add(string field, string reason) => Errors[field] = [.. Errors.GetValueOrDefault(field, []), reason];

    public void Add(IEnumerable<FieldError> errors, IReadOnlyDictionary<string, string> renamed)
    {
        foreach (var error in errors)
        {
            Add(renamed.GetValueOrDefault(error.Field, error.Field), error.Reason);
        }
    }

    /// <summary>A date (<c>2026-06-01</c>, midnight China time) or a date-time (ISO 8601; UTC when it has no offset).</summary>
    public DateTimeOffset? Instant(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return ChinaTime.StartOf(day);
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }
        Add(name, $"'{text}' is not a date (yyyy-mm-dd) or an ISO 8601 date-time.");
        return null;
    }

    public double? Double(string name) =>
        Parse(name, t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : (double?)null, "a number");

    public decimal? Decimal(string name) =>
        Parse(name, t => decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null, "a number");

    public int? Int(string name) =>
        Parse(name, t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (int?)null, "a whole number");

    /// <summary>One of the enum's names, case-insensitive (numbers are refused).</summary>
    public TEnum? Choice<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var names = Enum.GetNames<TEnum>();
        return Parse(name, t => names.FirstOrDefault(n => n.Equals(t, StringComparison.OrdinalIgnoreCase)) is { } match ? Enum.Parse<TEnum>(match) : (TEnum?)null,
            "one of " + string.Join(", ", names.Select(n => n.ToLowerInvariant())));
    }

    public string? Text(string name) => query[name].ToString() is { Length: > 0 } text ? text.Trim() : null;

    private T? Parse<T>(string name, Func<string, T?> parse, string expected)
        where T : struct
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }
        if (parse(text) is { } value)
        {
            return value;
        }
        Add(name, $"'{text}' is not {expected}.");
        return null;
    }
}
