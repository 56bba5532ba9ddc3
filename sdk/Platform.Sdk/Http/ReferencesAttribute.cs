namespace Platform.Sdk.Http;

/// <summary>
/// Marks an id property of an input class as a reference to a record of the given entity, for the metadata
/// (<c>GET /api/metadata</c>). Needed only where the name does not say it: <c>customerId</c> refers to
/// <c>customer</c> by convention, <c>ownerRepId</c> needs <c>[References("salesrep")]</c>.
/// </summary>
/// <param name="entityName">The referenced entity's name (unqualified, or <c>module/name</c>).</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ReferencesAttribute(string entityName) : Attribute
{
    /// <summary>The referenced entity's name.</summary>
    public string EntityName { get; } = entityName;
}
