using Platform.Host.Modules;
using Platform.Host.Pipeline;
using Platform.Sdk.PersonalData;

namespace Platform.Host.Api;

/// <summary>
/// The entities that have personal fields, as every module's <see cref="IPersonalDataProvider"/> declares
/// them. The providers are resolved once, in the first tenant request that asks (they may need the
/// tenant's DbContext); the fields they declare do not depend on the tenant.
/// </summary>
internal sealed class PersonalDataEntities(ModuleCatalog catalog)
{
    private volatile HashSet<string>? _entities;

    /// <summary>True when the entity has personal fields; true as well while that cannot be told yet (no tenant).</summary>
    public bool Contains(string entityName, IServiceProvider requestServices)
    {
        if (_entities is null)
        {
            if (requestServices.GetRequiredService<RequestContext>().TenantId.Length == 0)
            {
                return true;
            }
            _entities = Collect(requestServices);
        }
        return _entities.Contains(entityName);
    }

    private HashSet<string> Collect(IServiceProvider requestServices) =>
        catalog.Modules
            .SelectMany(m => catalog.RegistrationsOf(m).PersonalDataProviders)
            .SelectMany(type => ((IPersonalDataProvider)requestServices.GetRequiredService(type)).Fields)
            .Select(f => f.Entity)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
