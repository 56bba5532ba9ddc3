using Microsoft.Extensions.Caching.Memory;
using Platform.Modules.Core.Contracts;
using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Quotes;

/// <summary>What pricing needs of a Core customer: its group (Core's customer type) and region.</summary>
internal sealed record CustomerFacts(string? Group, Guid? RegionId);

/// <summary>
/// Customers' pricing facts per tenant, kept for the tenant's <c>CatalogCacheSeconds</c> (at most
/// <see cref="Capacity"/> customers per host) and dropped when this host changes or deletes the customer.
/// Saves a read of Core's customer on every order.
/// </summary>
internal sealed class CustomerFactsCache : IDisposable
{
    public const int Capacity = 100_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public async Task<CustomerFacts?> GetAsync(string tenantId, Guid customerId, TimeSpan lifetime, IDataService data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var key = (tenantId, customerId);
        if (_cache.TryGetValue(key, out CustomerFacts? cached))
        {
            return cached;
        }
        var customer = await data.RetrieveAsync(CoreEntities.Customer, customerId, cancellationToken);
        if (customer is null)
        {
            return null;
        }
        var view = new CustomerView(customer);
        var facts = new CustomerFacts(view.CustomerType?.ToString(), view.RegionId);
        if (lifetime > TimeSpan.Zero)
        {
            _cache.Set(key, facts, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = lifetime });
        }
        return facts;
    }

    public void Invalidate(string tenantId, Guid customerId) => _cache.Remove((tenantId, customerId));

    public void Dispose() => _cache.Dispose();
}
