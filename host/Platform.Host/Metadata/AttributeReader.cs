using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Platform.Host.Metadata;

/// <summary>
/// Describes a class's members as attributes from the data annotations the API validates them with
/// (<c>[Required]</c>, <c>[StringLength]</c>, <c>[Range]</c>, <c>[EnumDataType]</c>, …), so the metadata cannot
/// drift from validation. Names are the JSON names the API reads and writes.
/// </summary>
internal static class AttributeReader
{
    private const int MaxDepth = 4;

    public static IReadOnlyList<AttributeMetadata> Read(Type type) => Read(type, 0);

    /// <summary>The members of a type: public readable properties, as JSON names them.</summary>
    public static IEnumerable<(string Name, PropertyInfo Property)> Members(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
            .Select(p => (p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name), p));

    /// <summary>One member as an attribute (<paramref name="computed"/> when no caller sends it).</summary>
    public static AttributeMetadata Describe(string name, PropertyInfo property, bool computed) => Describe(name, property, computed, 0);

    private static IReadOnlyList<AttributeMetadata> Read(Type type, int depth) =>
        [.. Members(type).Select(m => Describe(m.Name, m.Property, computed: false, depth))];

    private static AttributeMetadata Describe(string name, PropertyInfo property, bool computed, int depth)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var element = ElementType(type);
        var enumType = property.GetCustomAttribute<EnumDataTypeAttribute>()?.EnumType ?? (type.IsEnum ? type : null);
        var range = property.GetCustomAttribute<RangeAttribute>();
        var length = property.GetCustomAttribute<StringLengthAttribute>();
        var complex = element ?? (IsComplex(type) ? type : null);
        return new AttributeMetadata(name, TypeName(type, enumType), IsRequired(property), computed, Personal: false, Sensitive: false)
        {
            MaxLength = length?.MaximumLength ?? property.GetCustomAttribute<MaxLengthAttribute>()?.Length,
            MinLength = length is { MinimumLength: > 0 } ? length.MinimumLength : property.GetCustomAttribute<MinLengthAttribute>()?.Length,
            Minimum = range is null ? null : Convert.ToString(range.Minimum, CultureInfo.InvariantCulture),
            Maximum = range is null ? null : Convert.ToString(range.Maximum, CultureInfo.InvariantCulture),
            Pattern = property.GetCustomAttribute<RegularExpressionAttribute>()?.Pattern,
            EnumValues = enumType is null ? null : Enum.GetNames(enumType),
            Members = complex is not null && IsComplex(complex) && depth < MaxDepth ? Read(complex, depth + 1) : null,
        };
    }

    private static string TypeName(Type type, Type? enumType)
    {
        if (enumType is not null)
        {
            return "enum";
        }
        if (type == typeof(string))
        {
            return "string";
        }
        if (type == typeof(bool))
        {
            return "boolean";
        }
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte))
        {
            return "integer";
        }
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
        {
            return "decimal";
        }
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return "datetime";
        }
        if (type == typeof(DateOnly))
        {
            return "date";
        }
        if (type == typeof(TimeOnly) || type == typeof(TimeSpan))
        {
            return "time";
        }
        if (type == typeof(Guid))
        {
            return "uuid";
        }
        if (type == typeof(JsonElement) || type == typeof(JsonNode) || type == typeof(object))
        {
            return "json";
        }
        return ElementType(type) is not null ? "array" : "object";
    }

    /// <summary>[Required], a <c>required</c> member, or a constructor parameter without a default (messages read records that way).</summary>
    private static bool IsRequired(PropertyInfo property) =>
        property.GetCustomAttribute<RequiredAttribute>() is not null
        || property.GetCustomAttribute<RequiredMemberAttribute>() is not null
        || property.DeclaringType!.GetConstructors().Any(c => c.GetParameters().Length > 0
            && c.GetParameters().Any(p => string.Equals(p.Name, property.Name, StringComparison.Ordinal) && !p.HasDefaultValue));

    private static Type? ElementType(Type type) =>
        type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) || type.IsAssignableTo(typeof(IDictionary))
            ? null
            : type.IsArray ? type.GetElementType() : type.GetInterfaces().Append(type)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static bool IsComplex(Type type) =>
        type.IsClass && type != typeof(string) && type != typeof(object) && type != typeof(JsonNode) && !typeof(IEnumerable).IsAssignableFrom(type);
}
