using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Platform.Host.OpenApi;
using Platform.Sdk.Data;
using Platform.Sdk.Http;

namespace Platform.Host.Metadata;

/// <summary>
/// Where an entity's shape comes from: the input class its create and update endpoints bind and validate
/// (read from the endpoint data source, the same place the OpenAPI document reads), the route it is served
/// under, and the record class its store stores.
/// </summary>
/// <param name="Input">The input class, or null when the module maps no write endpoints.</param>
/// <param name="Route">The list route, or null when the module maps none.</param>
internal sealed record EntityShapes(Type? Input, string? Route)
{
    /// <summary>Every mapped entity's input and route, keyed by (module id, entity name as the module wrote it).</summary>
    public static IReadOnlyDictionary<(string Module, string Entity), EntityShapes> Of(EndpointDataSource endpoints)
    {
        var inputs = new Dictionary<(string, string), Type>();
        var routes = new Dictionary<(string, string), string>();
        foreach (var endpoint in endpoints.Endpoints)
        {
            if (endpoint.Metadata.GetMetadata<EntityEndpoints.EntityEndpointMetadata>() is not { } entity
                || endpoint.Metadata.GetMetadata<ModuleRoute>() is not { } module)
            {
                continue;
            }
            var key = (module.ModuleId, entity.EntityName);
            if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is { } input)
            {
                inputs.TryAdd(key, input);
            }
            if (endpoint is RouteEndpoint route && endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName.EndsWith(".list", StringComparison.Ordinal) == true)
            {
                routes.TryAdd(key, (route.RoutePattern.RawText ?? "").TrimEnd('/'));
            }
        }
        return inputs.Keys.Union(routes.Keys).ToDictionary(k => k, k => new EntityShapes(inputs.GetValueOrDefault(k), routes.GetValueOrDefault(k)));
    }

    /// <summary>The class whose scalar members a store's records hold: an <see cref="EfEntityStore{TContext, TRow}"/>'s row, or what <see cref="EntityRecordAttribute"/> names.</summary>
    public static Type? RecordTypeOf(Type storeType)
    {
        return storeType.GetCustomAttributes(typeof(EntityRecordAttribute), inherit: false).FirstOrDefault() is EntityRecordAttribute declared
            ? declared.RecordType
            : EfRowTypeOf(storeType);
    }

    /// <summary>The row type when the store derives from <see cref="EfEntityStore{TContext, TRow}"/>, else null.</summary>
    public static Type? EfRowTypeOf(Type storeType)
    {
        for (var type = storeType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EfEntityStore<,>))
            {
                return type.GetGenericArguments()[1];
            }
        }
        return null;
    }
}
