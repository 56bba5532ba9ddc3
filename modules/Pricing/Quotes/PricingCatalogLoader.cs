using Microsoft.EntityFrameworkCore;
using Platform.Modules.Core.Contracts;
using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Model;
using Platform.Modules.Pricing.Promotions;
using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Quotes;

/// <summary>
/// Reads a tenant's prices and promotions (own tables) and products (Core, through the data service) and
/// compiles them into a <see cref="PricingCatalog"/>.
/// </summary>
internal sealed class PricingCatalogLoader(PricingDbContext db, IDataService data, TimeProvider time)
{
    /// <summary>Priority of the product master's list price: below every price list.</summary>
    public const int ProductMasterPriority = int.MinValue;

    public async Task<PricingCatalog> LoadAsync(bool fallBackToProductListPrice, CancellationToken cancellationToken)
    {
        var products = await LoadProductsAsync(cancellationToken);
        var lists = await db.PriceLists.AsNoTracking().Include(l => l.Items).Where(l => l.Active).ToListAsync(cancellationToken);
        var methods = await db.PricingMethods.AsNoTracking().ToListAsync(cancellationToken);
        var competitors = await db.CompetitorPrices.AsNoTracking().ToListAsync(cancellationToken);
        var promotions = (await db.Promotions.AsNoTracking().Where(p => p.Active).ToListAsync(cancellationToken))
            .Select(PromotionDocuments.ToDefinition).ToList();

        var priceLists = lists.Select(ToPriceList).ToList();
        if (fallBackToProductListPrice)
        {
            priceLists.AddRange(products.Values.GroupBy(p => p.Currency).Select(g => new PriceList(
                $"product-master-{g.Key}", $"Product master list price ({g.Key})", PriceScope.Any, g.Key, null, null, ProductMasterPriority,
                g.ToDictionary(p => p.Id.ToString(), p => p.ListPrice))));
        }
        var book = PriceBook.Build(priceLists, methods.Select(ToAssignment), ProductInputs(products, methods, competitors));
        return new PricingCatalog(
            book,
            PromotionIndex.Build(promotions),
            products,
            promotions.Where(p => p.Kind == PromotionKind.FlashSale).ToDictionary(p => Guid.Parse(p.Id)),
            promotions.Where(p => p.Kind == PromotionKind.Coupon).ToDictionary(p => Guid.Parse(p.Id)),
            time.GetUtcNow());
    }

    private async Task<Dictionary<Guid, ProductFacts>> LoadProductsAsync(CancellationToken cancellationToken)
    {
        var products = new Dictionary<Guid, ProductFacts>();
        for (var page = 1; ; page++)
        {
            var result = await data.QueryAsync(new QueryRequest(CoreEntities.Product)
            {
                Page = page,
                PageSize = QueryRequest.MaxPageSize,
                Sorts = [new QuerySort(CoreAttributes.Id)],
            }, cancellationToken);
            foreach (var product in result.Items.Select(p => new ProductView(p)))
            {
                products[product.Id] = new ProductFacts(product.Id, product.Category ?? "", product.ProductLine ?? "",
                    product.ListPrice ?? 0m, product.UnitCost ?? 0m, product.Currency ?? "", product.Active ?? false);
            }
            if (page * QueryRequest.MaxPageSize >= result.TotalCount)
            {
                return products;
            }
        }
    }

    private static PriceList ToPriceList(PriceListRow row) => new(
        row.Id.ToString(), row.Name,
        new PriceScope(row.Channel, row.CustomerGroup, row.RegionId?.ToString(), row.StoreId?.ToString()),
        row.Currency, row.EffectiveFrom, row.EffectiveTo, row.Priority,
        row.Items.ToDictionary(i => i.ProductId.ToString(), i => i.UnitPrice));

    private static PricingMethodAssignment ToAssignment(PricingMethodRow row) => new()
    {
        ProductId = row.ProductId?.ToString(),
        CategoryId = row.Category,
        Method = row.Method,
        MarginPercent = row.MarginPercent,
        ValueSharePercent = row.ValueSharePercent,
        Competition = row.CompetitorPosition is { } position
            ? new CompetitionRule(position, row.CompetitorAggregate ?? CompetitorAggregate.Lowest, row.AdjustmentAmount, row.AdjustmentPercent)
            : null,
    };

    private static IEnumerable<ProductPricingInputs> ProductInputs(
        Dictionary<Guid, ProductFacts> products, List<PricingMethodRow> methods, List<CompetitorPriceRow> competitors)
    {
        var valueMetrics = methods.Where(m => m.ProductId is not null && m.ValueMetric is not null).ToDictionary(m => m.ProductId!.Value, m => m.ValueMetric);
        // The latest observation of each competitor counts.
        var latest = competitors.GroupBy(c => (c.ProductId, c.Competitor)).Select(g => g.MaxBy(c => c.ObservedAt)!)
            .ToLookup(c => c.ProductId);
        return products.Values.Select(p => new ProductPricingInputs
        {
            ProductId = p.Id.ToString(),
            Cost = p.UnitCost,
            ValueMetric = valueMetrics.GetValueOrDefault(p.Id),
            CompetitorPrices = latest[p.Id].Where(c => c.Currency == p.Currency).Select(c => new CompetitorPrice(c.Competitor, c.Price)).ToList(),
        });
    }
}
