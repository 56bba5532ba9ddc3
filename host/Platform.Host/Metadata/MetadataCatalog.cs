using Microsoft.AspNetCore.Routing;
using Platform.Host.Api;
using Platform.Host.Auth.Permissions;
using Platform.Host.Modules;
using Platform.Host.Pipeline;
using Platform.Sdk.Data;
using Platform.Sdk.Http;
using Platform.Sdk.PersonalData;

namespace Platform.Host.Metadata;

/// <summary>
/// Builds the metadata of every running module's entities and custom messages once (nothing in it depends on
/// the tenant), then answers per caller with the modules the caller's tenant has enabled.
/// </summary>
internal sealed class MetadataCatalog(EndpointDataSource endpoints, PipelineRegistry registry, PermissionCatalog permissions, ModuleCatalog modules)
{
    private static readonly string[] Operations = [EntityOperations.Read, EntityOperations.Create, EntityOperations.Update, EntityOperations.Delete];
    private readonly Lock _gate = new();
    private IReadOnlyList<(ModuleDescriptor Module, EntityMetadata Entity)>? _entities;

    /// <summary>The metadata of the modules <paramref name="isEnabled"/> accepts, with personal fields as the modules' providers declare them.</summary>
    public MetadataDocument For(Func<ModuleDescriptor, bool> isEnabled, IServiceProvider requestServices)
    {
        var personal = PersonalFields(requestServices);
        var entities = Entities()
            .Where(e => e.Module.IsRunning && isEnabled(e.Module))
            .Select(e => WithPersonalFlags(e.Entity, personal))
            .ToList();
        var messages = registry.Messages.Values
            .Where(m => m.Module.IsRunning && isEnabled(m.Module))
            .OrderBy(m => m.QualifiedName, StringComparer.Ordinal)
            .Select(m => new MessageMetadata(m.MessageName, m.QualifiedName, m.Module.Id, MessagePermission.Of(m, permissions),
                AttributeReader.Read(m.RequestType), AttributeReader.Read(m.ResponseType)))
            .ToList();
        return new MetadataDocument(entities, messages);
    }

    private IReadOnlyList<(ModuleDescriptor Module, EntityMetadata Entity)> Entities()
    {
        lock (_gate)
        {
            return _entities ??= Build();
        }
    }

    private List<(ModuleDescriptor Module, EntityMetadata Entity)> Build()
    {
        var shapes = EntityShapes.Of(endpoints);
        return [.. registry.Entities.Values
            .OrderBy(e => e.QualifiedName, StringComparer.Ordinal)
            .Select(owner => (owner.Module, Describe(owner, shapes.GetValueOrDefault((owner.Module.Id, owner.EntityName)) ?? new EntityShapes(null, null))))];
    }

    private EntityMetadata Describe(EntityOwner owner, EntityShapes shape)
    {
        var record = EntityShapes.RecordTypeOf(owner.StoreType);
        var attributes = new List<AttributeMetadata> { new("id", "uuid", Required: false, Computed: true, Personal: false, Sensitive: false) };
        var relationships = new List<RelationshipMetadata>();
        if (IsVersioned(owner.StoreType)) // every EfEntityStore record carries its version (ADR 0016)
        {
            attributes.Add(new("version", "integer", Required: false, Computed: true, Personal: false, Sensitive: false));
        }
        var sent = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "id", "version" };
        foreach (var (name, property) in shape.Input is null ? [] : AttributeReader.Members(shape.Input))
        {
            if (!sent.Add(name))
            {
                continue;
            }
            attributes.Add(AttributeReader.Describe(name, property, computed: false));
            if (Relationship(owner, name, property) is { } relationship)
            {
                relationships.Add(relationship);
            }
        }
        foreach (var (name, property) in record is null ? new Dictionary<string, System.Reflection.PropertyInfo>() : EntityMap.For(record).Properties)
        {
            if (sent.Add(name))
            {
                attributes.Add(AttributeReader.Describe(name, property, computed: true));
                if (Relationship(owner, name, property) is { } relationship)
                {
                    relationships.Add(relationship);
                }
            }
        }
        var operations = Operations.ToDictionary(op => op, op => permissions.RequiredFor(PermissionEndpoints.EntityOperation(owner.EntityName, op)), StringComparer.Ordinal);
        return new EntityMetadata(owner.EntityName, owner.QualifiedName, owner.Module.Id, shape.Route, operations, attributes, relationships);
    }

    /// <summary>Children by <see cref="ChildEntityAttribute"/>; a lookup by <see cref="ReferencesAttribute"/>, else an id member <c>xId</c> when an entity <c>x</c> exists.</summary>
    private RelationshipMetadata? Relationship(EntityOwner owner, string name, System.Reflection.PropertyInfo property)
    {
        if (property.GetCustomAttributes(typeof(ChildEntityAttribute), true).FirstOrDefault() is ChildEntityAttribute child)
        {
            return Resolve(child.LogicalName, owner) is { } target ? new RelationshipMetadata(name, "children", target) : null;
        }
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type != typeof(Guid))
        {
            return null;
        }
        var referenced = property.GetCustomAttributes(typeof(ReferencesAttribute), true).FirstOrDefault() is ReferencesAttribute declared
            ? declared.EntityName
            : name.Length > 2 && name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2] : null;
        return referenced is not null && Resolve(referenced, owner) is { } entity ? new RelationshipMetadata(name, "lookup", entity) : null;
    }

    private string? Resolve(string entityName, EntityOwner owner)
    {
        try
        {
            return registry.ResolveEntity(entityName, owner.Module, _ => true).QualifiedName;
        }
        catch (Exception e) when (e is UnknownTargetException or AmbiguousNameException)
        {
            return null;
        }
    }

    private static bool IsVersioned(Type storeType) => EntityShapes.EfRowTypeOf(storeType) is not null;

    private IReadOnlyList<PersonalField> PersonalFields(IServiceProvider requestServices) =>
        [.. modules.Modules.Where(m => m.IsRunning)
            .SelectMany(m => modules.RegistrationsOf(m).PersonalDataProviders)
            .SelectMany(type => ((IPersonalDataProvider)requestServices.GetRequiredService(type)).Fields)];

    private static EntityMetadata WithPersonalFlags(EntityMetadata entity, IReadOnlyList<PersonalField> personal)
    {
        var fields = personal.Where(f => string.Equals(f.Entity, entity.Name, StringComparison.OrdinalIgnoreCase) || string.Equals(f.Entity, entity.QualifiedName, StringComparison.OrdinalIgnoreCase)).ToList();
        if (fields.Count == 0)
        {
            return entity;
        }
        return entity with
        {
            Attributes = [.. entity.Attributes.Select(a => fields.FirstOrDefault(f => string.Equals(f.Attribute, a.Name, StringComparison.OrdinalIgnoreCase)) is { } field
                ? a with { Personal = true, Sensitive = field.Sensitive }
                : a)],
        };
    }
}
