using System.Globalization;
using System.Text.Json;

namespace Platform.Sdk.Data;

/// <summary>Converts attribute values between the types the common data model uses.</summary>
internal static class AttributeValue
{
    /// <summary>Converts <paramref name="value"/> to <typeparamref name="T"/>.</summary>
    public static T? ConvertTo<T>(object? value) => (T?)ConvertTo(value, typeof(T));

    /// <summary>
    /// Converts <paramref name="value"/> to <paramref name="type"/> (nullable types included);
    /// throws <see cref="FormatException"/> when it cannot.
    /// </summary>
    public static object? ConvertTo(object? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (value is null)
        {
            return null;
        }
        if (target.IsInstanceOfType(value))
        {
            return value;
        }
        if (value is JsonElement json)
        {
            return json.ValueKind == JsonValueKind.Null ? null : json.Deserialize(target);
        }
        if (target == typeof(Guid))
        {
            return Guid.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture);
        }
        if (target == typeof(DateTimeOffset))
        {
            return value is DateTime dt ? new DateTimeOffset(dt) : DateTimeOffset.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture);
        }
        if (target == typeof(DateOnly))
        {
            return value is DateTime d ? DateOnly.FromDateTime(d) : DateOnly.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture);
        }
        if (target.IsEnum)
        {
            return value is string s ? Enum.Parse(target, s, ignoreCase: true) : Enum.ToObject(target, value);
        }
        try
        {
            return Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        catch (InvalidCastException e)
        {
            throw new FormatException($"Value '{value}' cannot be read as {target.Name}.", e);
        }
    }
}
