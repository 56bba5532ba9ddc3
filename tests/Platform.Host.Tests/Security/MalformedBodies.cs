using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Platform.Host.Tests.Security;

/// <summary>One malformed request body: what it breaks, and the field a 400 must name (null when none applies).</summary>
internal sealed record MalformedBody(string Case, string ContentType, string Text, string? Field);

/// <summary>
/// Generates bodies that no write endpoint may accept: broken JSON, wrong roots, wrong types for every
/// field of the input type, out-of-range values from its validation attributes, unknown fields, and
/// seeded random corruptions of a valid-looking body.
/// </summary>
internal static class MalformedBodies
{
    private const string Json = "application/json";

    public static IEnumerable<MalformedBody> For(Type inputType, int randomCases, Random random)
    {
        foreach (var (name, text) in BrokenJson)
        {
            yield return new MalformedBody(name, Json, text, null);
        }
        yield return new MalformedBody("text/plain content type", "text/plain", "{}", null);
        yield return new MalformedBody("unknown field", Json, """{"__notAField": 1}""", "__notAField");
        yield return new MalformedBody("body over 1 MB", Json, "{\"__big\": \"" + new string('x', 1_100_000) + "\"}", null);
        yield return new MalformedBody("control character in a member name", Json, "{\"a\\u0000\": 1}", null);
        foreach (var property in inputType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var field = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            foreach (var value in WrongValues(property))
            {
                yield return new MalformedBody($"{field} = {Shorten(value)}", Json, $$"""{"{{field}}": {{value}}}""", field);
            }
            var sampleValue = SampleValue(property.PropertyType);
            yield return new MalformedBody($"{field} twice", Json, $$"""{"{{field}}": {{sampleValue}}, "{{field}}": {{sampleValue}}}""", field);
            yield return new MalformedBody($"{field} twice, other case", Json, $$"""{"{{field}}": {{sampleValue}}, "{{char.ToUpperInvariant(field[0]) + field[1..]}}": {{sampleValue}}}""", null);
        }
        var sample = SampleBody(inputType);
        for (var i = 0; i < randomCases; i++)
        {
            yield return new MalformedBody($"random corruption {i}", Json, Corrupt(sample, random), null);
        }
    }

    private static readonly (string, string)[] BrokenJson =
    [
        ("empty body", ""), ("truncated object", """{"a": """), ("unclosed string", """{"a": "b}"""), ("trailing comma", """{"a": 1,}"""),
        ("single quotes", "{'a': 1}"), ("bare word", "nul"), ("xml", "<order/>"), ("array root", "[]"), ("number root", "42"),
        ("string root", "\"text\""), ("null root", "null"), ("true root", "true"), ("two objects", "{}{}"), ("comment", "{/* c */}"),
        ("NaN", """{"a": NaN}"""), ("deep nesting", new string('[', 200) + new string(']', 200)), ("control characters", "{\"a\": \"\u0001\u0002\"}"),
        ("binary", Encoding.Latin1.GetString([0xFF, 0xFE, 0x00, 0x7B, 0x00])),
    ];

    /// <summary>JSON values that cannot be valid for the property: the wrong JSON kind, or beyond its validation attributes.</summary>
    private static IEnumerable<string> WrongValues(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type == typeof(string))
        {
            string[] values = ["123", "true", "{}", "[]", "\"A\\u0000B\"", "\"A\\u001fB\"", "\"line\\nbreak\""];
            foreach (var value in values)
            {
                yield return value;
            }
            if (property.GetCustomAttribute<StringLengthAttribute>() is { } length)
            {
                yield return JsonSerializer.Serialize(new string('x', length.MaximumLength + 1));
            }
        }
        else if (type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double))
        {
            string[] values = ["\"abc\"", "\"1\"", "\"0\"", "true", "{}", "[]", "1e400"];
            foreach (var value in values)
            {
                yield return value;
            }
            if (type == typeof(int) || type == typeof(long))
            {
                yield return "1.5";
            }
            if (property.GetCustomAttribute<RangeAttribute>() is { } range)
            {
                var maximum = Convert.ToDecimal(range.Maximum, System.Globalization.CultureInfo.InvariantCulture);
                var minimum = Convert.ToDecimal(range.Minimum, System.Globalization.CultureInfo.InvariantCulture);
                yield return (maximum + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                yield return (minimum - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        else if (type == typeof(bool))
        {
            string[] values = ["\"yes\"", "1", "{}"];
            foreach (var value in values)
            {
                yield return value;
            }
        }
        else if (type == typeof(Guid))
        {
            string[] values = ["\"not-a-guid\"", "12", "{}", "\"\""];
            foreach (var value in values)
            {
                yield return value;
            }
        }
        else if (type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(DateTime))
        {
            string[] values = ["\"yesterday\"", "12", "\"2025-13-45\"", "{}"];
            foreach (var value in values)
            {
                yield return value;
            }
            if (type == typeof(DateTimeOffset))
            {
                yield return "\"2026-01-01T10:00:00\"";
                yield return "\"2026-01-01\"";
            }
        }
        else if (type.IsEnum)
        {
            string[] values = ["\"NoSuchValue\"", "{}", "true", "[]", "0", "1", "\"0\"", "\"1\""];
            foreach (var value in values)
            {
                yield return value;
            }
        }
        else if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            string[] values = ["\"x\"", "5", "{}", "[42]", """[{"__notAField": 1}]""", "[null]"];
            foreach (var value in values)
            {
                yield return value;
            }
        }
        if (property.GetCustomAttribute<RequiredAttribute>() is not null)
        {
            yield return "null";
        }
    }

    /// <summary>A body with a plausible value for every field, to corrupt.</summary>
    private static string SampleBody(Type inputType) =>
        "{" + string.Join(",", inputType.GetProperties().Where(p => p.CanWrite).Select(p => $"\"{JsonNamingPolicy.CamelCase.ConvertName(p.Name)}\":{SampleValue(p.PropertyType)}")) + "}";

    private static string SampleValue(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) ? "\"Sample\"" : type == typeof(bool) ? "true" : type == typeof(Guid) ? $"\"{Guid.Empty}\"" : type.IsEnum ? $"\"{Enum.GetNames(type)[0]}\""
            : type == typeof(DateTimeOffset) ? "\"2026-01-01T00:00:00+08:00\"" : type == typeof(DateOnly) ? "\"2026-01-01\"" : typeof(IEnumerable).IsAssignableFrom(type) ? "[]" : "1";
    }

    /// <summary>Breaks the JSON text: cuts it, drops or swaps a structural character, or inserts garbage. Always invalid JSON.</summary>
    private static string Corrupt(string sample, Random random)
    {
        var cut = random.Next(1, sample.Length - 1);
        return random.Next(4) switch
        {
            0 => sample[..cut],
            1 => sample.Remove(sample.LastIndexOf('}')) + ",}",
            2 => sample.Insert(cut, "\u0000{\"]"),
            _ => sample.Replace(":", random.Next(2) == 0 ? "=" : ":,", StringComparison.Ordinal),
        };
    }

    private static string Shorten(string value) => value.Length > 20 ? value[..20] + "…" : value;
}
