namespace Platform.Sdk.Data;

/// <summary>
/// A late-bound record of the common data model: a logical name, an id and attribute values.
/// Attribute names are camelCase and case-insensitive. Values are strings, numbers (decimal for money),
/// booleans, <see cref="Guid"/>, <see cref="DateTimeOffset"/>, <see cref="DateOnly"/>, or lists of entities (child rows).
/// </summary>
public sealed class Entity
{
    /// <summary>Creates an empty entity of the given type.</summary>
    public Entity(string logicalName, Guid id = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(logicalName);
        LogicalName = logicalName;
        Id = id;
    }

    /// <summary>The entity's logical name, for example <c>customer</c>.</summary>
    public string LogicalName { get; }

    /// <summary>The entity's id; <see cref="Guid.Empty"/> until created.</summary>
    public Guid Id { get; set; }

    /// <summary>
    /// The record's version (ADR 0016). A read sets the stored version; on the target of an update it is
    /// the version the caller last read (<c>If-Match</c>), and the update is refused with
    /// <see cref="ConcurrencyConflictException"/> when the stored version differs. Null: not known, no condition.
    /// </summary>
    public long? Version { get; set; }

    /// <summary>The attribute values.</summary>
    public IDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets an attribute; reading a missing attribute gives null.</summary>
    public object? this[string attribute]
    {
        get => Attributes.TryGetValue(attribute, out var value) ? value : null;
        set => Attributes[attribute] = value;
    }

    /// <summary>True if the attribute is present (even if null).</summary>
    public bool Contains(string attribute) => Attributes.ContainsKey(attribute);

    /// <summary>Reads an attribute converted to <typeparamref name="T"/>, or the default when it is missing or null.</summary>
    public T? GetValue<T>(string attribute) => this[attribute] is { } value ? AttributeValue.ConvertTo<T>(value) : default;

    /// <summary>A copy with the same id and attributes (child lists are copied shallowly).</summary>
    public Entity Clone()
    {
        var copy = new Entity(LogicalName, Id) { Version = Version };
        foreach (var (key, value) in Attributes)
        {
            copy.Attributes[key] = value;
        }
        return copy;
    }

    /// <summary>A copy holding only the given attributes (all when <paramref name="attributes"/> is empty).</summary>
    public Entity Project(IReadOnlyCollection<string> attributes)
    {
        if (attributes.Count == 0)
        {
            return Clone();
        }
        var copy = new Entity(LogicalName, Id) { Version = Version };
        foreach (var name in attributes)
        {
            if (Attributes.TryGetValue(name, out var value))
            {
                copy.Attributes[name] = value;
            }
        }
        return copy;
    }
}
