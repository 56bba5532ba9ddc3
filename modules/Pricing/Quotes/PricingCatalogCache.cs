using System.Collections.Concurrent;

namespace Platform.Modules.Pricing.Quotes;

/// <summary>
/// The compiled <see cref="PricingCatalog"/> of each tenant, kept for the tenant's
/// <c>CatalogCacheSeconds</c> and dropped as soon as this host writes a price list, pricing method,
/// competitor price or promotion. Other hosts see such a change when their copy expires. A load that
/// overlaps a change is used once and not kept, so a change is never hidden behind a stale copy.
/// </summary>
internal sealed class PricingCatalogCache(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, PricingCatalog> _catalogs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    public async Task<PricingCatalog> GetAsync(string tenantId, TimeSpan lifetime, Func<CancellationToken, Task<PricingCatalog>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (Fresh(tenantId, lifetime) is { } cached)
        {
            return cached;
        }
        var gate = _gates.GetOrAdd(tenantId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(tenantId, lifetime) is { } loadedMeanwhile)
            {
                return loadedMeanwhile;
            }
            var version = _versions.GetValueOrDefault(tenantId);
            var catalog = await load(cancellationToken);
            if (_versions.GetValueOrDefault(tenantId) == version)
            {
                _catalogs[tenantId] = catalog;
            }
            return catalog;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate(string tenantId)
    {
        _versions.AddOrUpdate(tenantId, 1, (_, v) => v + 1);
        _catalogs.TryRemove(tenantId, out _);
    }

    private PricingCatalog? Fresh(string tenantId, TimeSpan lifetime) =>
        _catalogs.TryGetValue(tenantId, out var catalog) && time.GetUtcNow() - catalog.LoadedAt < lifetime ? catalog : null;
}
