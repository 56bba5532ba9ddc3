namespace Platform.Sdk.Data;

/// <summary>
/// Names the class whose scalar members are the attributes of the store's records, for the metadata
/// (<c>GET /api/metadata</c>). Stores derived from <see cref="EfEntityStore{TContext, TRow}"/> need none: their row is it.
/// </summary>
/// <param name="recordType">The record class.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EntityRecordAttribute(Type recordType) : Attribute
{
    /// <summary>The record class.</summary>
    public Type RecordType { get; } = recordType;
}
