using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Sdk.Http;

/// <summary>
/// Rules every input body obeys on every provider, beyond what the input class declares: no member twice
/// in an object (names compared as the binder does, ignoring case), no control characters (U+0000 to
/// U+001F) in any text or member name, and at most a given number of items in any list. The first
/// violation is reported with its JSON path (<c>lines[2].name</c>).
/// </summary>
internal static class StrictJson
{
    /// <summary>The first violation in the document as (field path, message), or null.</summary>
    public static (string Field, string Message)? FindViolation(JsonElement root, int maxCollectionItems) =>
        Visit(root, "", maxCollectionItems);

    private static (string, string)? Visit(JsonElement element, string path, int maxItems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var member in element.EnumerateObject())
                {
                    var memberPath = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
                    if (HasControlCharacter(member.Name))
                    {
                        return (path.Length == 0 ? "$" : path, "A member name contains a control character (U+0000 to U+001F).");
                    }
                    if (!seen.Add(member.Name))
                    {
                        return (memberPath, $"'{member.Name}' appears more than once in the object; send each member once.");
                    }
                    if (Visit(member.Value, memberPath, maxItems) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (index == maxItems)
                    {
                        return (path.Length == 0 ? "$" : path, $"A list may hold at most {maxItems} items.");
                    }
                    if (Visit(item, $"{path}[{index}]", maxItems) is { } found)
                    {
                        return found;
                    }
                    index++;
                }
                return null;
            case JsonValueKind.String when HasControlCharacter(element.GetString()!):
                return (path.Length == 0 ? "$" : path, "The text must not contain control characters (U+0000 to U+001F).");
            default:
                return null;
        }
    }

    private static bool HasControlCharacter(string text) => text.AsSpan().IndexOfAnyInRange('\u0000', '\u001F') >= 0;

    /// <summary>
    /// Reads a <see cref="DateTimeOffset"/> only from ISO 8601 text with an offset (<c>Z</c> or <c>+08:00</c>):
    /// a time without one would be read in the server's zone, so it is refused.
    /// </summary>
    public sealed class DateTimeOffsetWithOffsetConverter : JsonConverter<DateTimeOffset>
    {
        /// <summary>The message of a refused value, in the API's terms.</summary>
        public const string Expected = "The value must be a date-time with an offset (ISO 8601, for example 2026-01-01T10:00:00+08:00 or 2026-01-01T02:00:00Z).";

        /// <inheritdoc />
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String || !HasOffset(reader.GetString()!) || !reader.TryGetDateTimeOffset(out var value))
            {
                throw new JsonException(Expected);
            }
            return value;
        }

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(value);
        }

        private static bool HasOffset(string text)
        {
            var time = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
            if (time < 0)
            {
                return false;
            }
            var tail = text.AsSpan(time);
            return tail.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || tail.LastIndexOfAny('+', '-') > 0;
        }
    }
}
