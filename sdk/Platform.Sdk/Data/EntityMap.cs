using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Platform.Sdk.Data;

/// <summary>
/// Maps the scalar public properties of a row class to entity attributes (camelCase names).
/// Collections and other classes (navigations) are left to the store.
/// </summary>
public sealed class EntityMap
{
    private static readonly ConcurrentDictionary<Type, EntityMap> Maps = new();
    private readonly Dictionary<string, PropertyInfo> _properties;

    private EntityMap(Type rowType)
    {
        _properties = rowType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && IsScalar(p.PropertyType))
            .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The map of a row type (cached).</summary>
    public static EntityMap For(Type rowType) => Maps.GetOrAdd(rowType, t => new EntityMap(t));

    /// <summary>Attribute names (camelCase) to properties.</summary>
    public IReadOnlyDictionary<string, PropertyInfo> Properties => _properties;

    /// <summary>Finds the property behind an attribute name.</summary>
    public bool TryGetProperty(string attribute, out PropertyInfo property) => _properties.TryGetValue(attribute, out property!);

    /// <summary>
    /// Copies every scalar property except the id into the entity's attributes. Decimals lose trailing
    /// zeros, so an amount reads the same whatever column scale the provider returned it with
    /// (<c>249.5</c>, not <c>249.5000</c> from a <c>decimal(18,4)</c> column).
    /// </summary>
    public void CopyToEntity(object row, Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        foreach (var (name, property) in _properties)
        {
            if (name != "id")
            {
                var value = property.GetValue(row);
                entity.Attributes[name] = value is decimal amount ? Normalise(amount) : value;
            }
        }
    }

    /// <summary>The amount at its smallest scale (<c>249.5</c> for <c>249.5000</c>), as every read returns it.</summary>
    public static decimal Normalise(decimal amount) => amount / NormalisingOne;

    // Dividing by 1 written with the maximum scale returns the same value at its smallest scale.
    private const decimal NormalisingOne = 1.0000000000000000000000000000m;

    /// <summary>
    /// Writes the entity's attributes onto the row. Unknown attributes and values of the wrong type
    /// are collected as field errors instead of being written.
    /// </summary>
    public void CopyToRow(Entity entity, object row, IDictionary<string, string[]> errors, ISet<string>? ignored = null)
    {
        foreach (var (name, value) in entity.Attributes)
        {
            if (ignored?.Contains(name) == true || string.Equals(name, "id", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (!_properties.TryGetValue(name, out var property))
            {
                errors[name] = [$"'{name}' is not an attribute of {entity.LogicalName}."];
                continue;
            }
            try
            {
                var converted = AttributeValue.ConvertTo(value, property.PropertyType);
                if (converted is null && property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null)
                {
                    errors[name] = [$"'{name}' cannot be null."];
                    continue;
                }
                property.SetValue(row, converted);
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or JsonException or ArgumentException)
            {
                errors[name] = [$"'{name}' must be a {Describe(property.PropertyType)}."];
            }
        }
    }

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Guid)
            || t == typeof(DateTimeOffset) || t == typeof(DateTime) || t == typeof(DateOnly) || t == typeof(TimeOnly);
    }

    private static string Describe(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(decimal) || t == typeof(double) || t == typeof(int) || t == typeof(long) ? "number"
            : t == typeof(Guid) ? "GUID"
            : t == typeof(DateTimeOffset) ? "date-time with offset"
            : t == typeof(DateOnly) ? "date (yyyy-mm-dd)"
            : t == typeof(bool) ? "boolean"
            : t.IsEnum ? $"one of {string.Join(", ", Enum.GetNames(t))}"
            : t.Name.ToLowerInvariant();
    }
}
