namespace Platform.Host.Metadata;

/// <summary>What <c>GET /api/metadata</c> answers: the entities and custom messages of the caller's tenant's enabled modules.</summary>
public sealed record MetadataDocument(IReadOnlyList<EntityMetadata> Entities, IReadOnlyList<MessageMetadata> Messages);

/// <summary>An entity: its owner, where its records are served, what each operation needs, its attributes and relationships.</summary>
/// <param name="Name">The entity's name within its module.</param>
/// <param name="QualifiedName"><c>module/name</c>, unique across modules.</param>
/// <param name="Module">The owning module's id.</param>
/// <param name="Route">The list and record route (<c>/api/core/customers</c>), or null when the module serves none.</param>
/// <param name="Permissions">The permission each operation (read, create, update, delete) requires.</param>
/// <param name="Attributes">Every attribute a record holds, in declaration order.</param>
/// <param name="Relationships">References to other entities' records and child rows.</param>
public sealed record EntityMetadata(
    string Name, string QualifiedName, string Module, string? Route,
    IReadOnlyDictionary<string, string> Permissions, IReadOnlyList<AttributeMetadata> Attributes, IReadOnlyList<RelationshipMetadata> Relationships);

/// <summary>One attribute, read from the same input class (and its data annotations) the API validates writes with.</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Type">string, integer, decimal, boolean, datetime, date, uuid, enum, object or array.</param>
/// <param name="Required">A create must send it.</param>
/// <param name="Computed">The record holds it but no caller sends it: the store or a pipeline step sets it.</param>
/// <param name="Personal">Declared personal data by a module's personal-data provider.</param>
/// <param name="Sensitive">Declared sensitive personal information.</param>
public sealed record AttributeMetadata(string Name, string Type, bool Required, bool Computed, bool Personal, bool Sensitive)
{
    /// <summary>Longest text accepted.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Shortest text or list accepted.</summary>
    public int? MinLength { get; init; }

    /// <summary>Smallest value accepted (as written in the rule).</summary>
    public string? Minimum { get; init; }

    /// <summary>Largest value accepted (as written in the rule).</summary>
    public string? Maximum { get; init; }

    /// <summary>A regular expression a text must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>The names an enum attribute accepts.</summary>
    public IReadOnlyList<string>? EnumValues { get; init; }

    /// <summary>For an object or a list of objects: the members of each.</summary>
    public IReadOnlyList<AttributeMetadata>? Members { get; init; }
}

/// <summary>A relationship from one of the entity's attributes.</summary>
/// <param name="Attribute">The attribute that holds the id (a lookup) or the rows (children).</param>
/// <param name="Kind"><c>lookup</c> (the attribute holds another record's id) or <c>children</c> (rows written with the record).</param>
/// <param name="Entity">The related entity, qualified.</param>
public sealed record RelationshipMetadata(string Attribute, string Kind, string Entity);

/// <summary>A custom message: its owner, the permission it needs and the shapes of its request and response.</summary>
public sealed record MessageMetadata(string Name, string QualifiedName, string Module, string Permission, IReadOnlyList<AttributeMetadata> Request, IReadOnlyList<AttributeMetadata> Response);
