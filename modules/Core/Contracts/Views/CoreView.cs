// Part of Core's source-only contract (ADR 0015).
using System.Text.Json;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core.Contracts;

/// <summary>
/// A typed view over a late-bound <see cref="Entity"/> of one of Core's entities. Reads go to the entity,
/// or, for an attribute the entity does not hold, to an optional fallback (a step's pre-image); writes go
/// to the entity. Missing attributes read as null; a value of the wrong type is refused with an
/// <see cref="InvalidPluginExecutionException"/> (400) naming the attribute. Enum attributes are written by
/// name, as REST and query filters spell them.
/// </summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
abstract class CoreView
{
    private readonly Entity? _fallback;

    /// <summary>Wraps <paramref name="entity"/>, which must be a <paramref name="logicalName"/>.</summary>
    protected CoreView(Entity entity, string logicalName, Entity? fallback)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!string.Equals(entity.LogicalName, logicalName, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"{GetType().Name} wraps a {logicalName} entity, not a {entity.LogicalName}.", nameof(entity));
        }
        Entity = entity;
        _fallback = fallback;
    }

    /// <summary>The wrapped entity.</summary>
    public Entity Entity { get; }

    /// <summary>The record id.</summary>
    public Guid Id
    {
        get => Entity.Id;
        set => Entity.Id = value;
    }

    /// <summary>True when the entity (or the fallback) holds the attribute, even as null.</summary>
    public bool Has(string attribute) => Entity.Contains(attribute) || _fallback?.Contains(attribute) == true;

    /// <summary>The attribute's value converted to <typeparamref name="T"/> (a nullable type: null when missing).</summary>
    /// <exception cref="InvalidPluginExecutionException">The value cannot be read as <typeparamref name="T"/> (400 naming the attribute).</exception>
    protected T? Get<T>(string attribute)
    {
        if (Source(attribute) is not { } source)
        {
            return default;
        }
        try
        {
            return source.GetValue<T>(attribute);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or JsonException or ArgumentException)
        {
            throw Refused(attribute, $"'{attribute}' must be a {Describe(typeof(T))}.");
        }
    }

    /// <summary>Writes the attribute on the entity.</summary>
    protected void Set(string attribute, object? value) => Entity[attribute] = value;

    /// <summary>
    /// The attribute as <typeparamref name="TEnum"/>, whatever form it arrived in: Core's own enum (in
    /// process), its name, its number, or a JSON element holding either.
    /// </summary>
    /// <exception cref="InvalidPluginExecutionException">The value names no member of <typeparamref name="TEnum"/> (400 naming the attribute).</exception>
    protected TEnum? GetEnum<TEnum>(string attribute) where TEnum : struct, Enum
    {
        var value = Source(attribute)?[attribute];
        var text = value switch
        {
            null => null,
            TEnum typed => typed.ToString(),
            JsonElement { ValueKind: JsonValueKind.Null } => null,
            JsonElement { ValueKind: JsonValueKind.String } json => json.GetString(),
            JsonElement json => json.GetRawText(),
            Enum other => other.ToString(), // another assembly's copy of the same contract enum: same names
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        };
        if (text is null)
        {
            return null;
        }
        if (Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }
        throw Refused(attribute, $"'{attribute}' must be one of {string.Join(", ", Enum.GetNames<TEnum>())}; '{text}' is not.");
    }

    /// <summary>Writes an enum attribute by name (null clears it).</summary>
    protected void SetEnum<TEnum>(string attribute, TEnum? value) where TEnum : struct, Enum => Entity[attribute] = value?.ToString();

    private InvalidPluginExecutionException Refused(string attribute, string reason) =>
        new($"The {Entity.LogicalName} has invalid attributes.") { Errors = new Dictionary<string, string[]> { [attribute] = [reason] } };

    private static string Describe(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(Guid) ? "GUID"
            : t == typeof(DateTimeOffset) ? "date-time with offset"
            : t == typeof(DateOnly) ? "date (yyyy-mm-dd)"
            : t == typeof(bool) ? "boolean"
            : t == typeof(string) ? "string"
            : "number";
    }

    private Entity? Source(string attribute) =>
        Entity.Contains(attribute) ? Entity : _fallback is { } fallback && fallback.Contains(attribute) ? fallback : null;
}
