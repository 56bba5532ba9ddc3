using Microsoft.Extensions.Options;
using Platform.Modules.Core.Contracts;
using Platform.Modules.Pricing.Engine;
using Platform.Modules.Pricing.Engine.Carts;
using Platform.Modules.Pricing.Engine.Explanation;
using Platform.Modules.Pricing.Model;
using Platform.Modules.Pricing.Settings;
using Platform.Sdk.Data;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Pricing.Quotes;

/// <summary>
/// Prices a cart for the calling tenant: the cached catalog, the customer's group and region from Core,
/// the coupon codes that may be used and the flash sales' stock, then the engine.
/// </summary>
internal sealed class QuoteService(
    PricingCatalogCache cache, CustomerFactsCache customers, PricingCatalogLoader loader, CouponCheck coupons, FlashSaleUsageReader flashSales,
    IDataService data, IOptionsSnapshot<PricingSettings> settings, ICallerContext caller, TimeProvider time)
{
    public async Task<PricingCatalog> CatalogAsync(CancellationToken cancellationToken)
    {
        var tenantSettings = settings.Value;
        return await cache.GetAsync(caller.TenantId, TimeSpan.FromSeconds(tenantSettings.CatalogCacheSeconds),
            ct => loader.LoadAsync(tenantSettings.FallBackToProductListPrice, ct), cancellationToken);
    }

    public async Task<(QuoteResponse Response, IReadOnlyDictionary<string, Guid> CouponCodeIds)> QuoteAsync(QuoteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var catalog = await CatalogAsync(cancellationToken);
        if (request.Lines!.Any(l => !catalog.Products.ContainsKey(l.ProductId!.Value)))
        {
            // A product created on another host since the catalog was compiled: compile it again once.
            cache.Invalidate(caller.TenantId);
            catalog = await CatalogAsync(cancellationToken);
        }
        var errors = new Dictionary<string, string[]>();
        var lines = new List<CartLine>();
        for (var i = 0; i < request.Lines!.Count; i++)
        {
            var line = request.Lines[i];
            if (!catalog.Products.TryGetValue(line.ProductId!.Value, out var product))
            {
                errors[$"lines[{i}].productId"] = [$"product {line.ProductId} does not exist."];
                continue;
            }
            if (!product.Active)
            {
                errors[$"lines[{i}].productId"] = [$"product {line.ProductId} is not active."];
                continue;
            }
            lines.Add(new CartLine((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), product.Id.ToString(), line.Quantity!.Value, product.Category, product.ProductLine));
        }
        var lifetime = TimeSpan.FromSeconds(settings.Value.CatalogCacheSeconds);
        var customer = request.CustomerId is { } customerId ? await customers.GetAsync(caller.TenantId, customerId, lifetime, data, cancellationToken) : null;
        if (request.CustomerId is not null && customer is null)
        {
            errors[PricingFieldNames.CustomerId] = [$"customer {request.CustomerId} does not exist."];
        }
        var store = request.StoreId is { } storeId ? await data.RetrieveAsync(CoreEntities.Store, storeId, cancellationToken) : null;
        if (request.StoreId is not null && store is null)
        {
            errors[PricingFieldNames.StoreId] = [$"store {request.StoreId} does not exist."];
        }
        if (errors.Count > 0)
        {
            throw new InvalidPluginExecutionException("The cart cannot be priced.") { Errors = errors };
        }

        var at = request.At ?? time.GetUtcNow();
        var (codes, rejected, codeIds) = await coupons.CheckAsync(request.CouponCodes ?? [], request.CustomerId, at, catalog, cancellationToken);
        var cart = new PricingCart
        {
            Currency = request.Currency ?? catalog.Products[Guid.Parse(lines[0].ProductId)].Currency,
            At = at,
            Lines = lines,
            ChannelId = request.Channel,
            CustomerGroupId = customer?.Group,
            CustomerTier = request.MemberTier,
            RegionId = (customer?.RegionId ?? (store is null ? null : new StoreView(store).RegionId))?.ToString(),
            StoreId = request.StoreId?.ToString(),
            CouponCodes = codes,
            FlashSales = await flashSales.ReadAsync(catalog, request.CustomerId, at, cancellationToken),
            PaidDeposits = request.PaidDeposits?.Select(d => d.ToString()).ToList() ?? [],
        };
        var engine = new PricingEngine(catalog.Book, catalog.Promotions, PricingPolicies.From(settings.Value));
        PricingResult priced;
        try
        {
            priced = engine.Price(cart);
        }
        catch (OverflowException)
        {
            // The engine counts in Int64 minor units; quantities × prices beyond them cannot be priced.
            throw TooLarge();
        }
        if (priced.Totals.Subtotal > LargestStoredAmount)
        {
            throw TooLarge();
        }
        return (new QuoteResponse(priced, rejected), codeIds);
    }

    /// <summary>The largest amount a money column holds (18 digits, 4 of them decimals), and so the largest quote.</summary>
    public const decimal LargestStoredAmount = 99_999_999_999_999m;

    private static InvalidPluginExecutionException TooLarge() => new("The cart's amounts are too large to price.")
    {
        Errors = new Dictionary<string, string[]>
        {
            [CoreAttributes.Order.Lines] = [$"quantity × price of the lines adds up to more than {LargestStoredAmount.ToString(System.Globalization.CultureInfo.InvariantCulture)}; send smaller quantities."],
        },
    };
}
