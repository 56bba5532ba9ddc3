using Platform.Modules.Core.Contracts;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Analytics.Sources;

/// <summary>
/// The products a promotion's applicability names, as the engine reads it: a product qualifies when any non-empty
/// product dimension (product ids, categories, product lines) lists it; with none set, every product does.
/// The sale dimensions (channels, customer groups...) are not applied: the series measures the products' sales.
/// </summary>
internal sealed class PromotionScope
{
    private readonly HashSet<Guid>? _products;

    private PromotionScope(HashSet<Guid>? products) => _products = products;

    public bool AllProducts => _products is null;

    public bool Contains(Guid productId) => _products is null || _products.Contains(productId);

    public static async Task<PromotionScope> ResolveAsync(PromotionApplicability applicability, IDataService data, CancellationToken ct)
    {
        if (applicability.AnyProduct)
        {
            return new(null);
        }
        var products = applicability.ProductIds.Select(id => Guid.TryParse(id, out var guid) ? guid : Guid.Empty)
            .Where(id => id != Guid.Empty).ToHashSet();
        products.UnionWith(await ProductsWhereAsync(CoreAttributes.Product.Category, applicability.Categories, data, ct));
        products.UnionWith(await ProductsWhereAsync(CoreAttributes.Product.ProductLine, applicability.ProductLines, data, ct));
        return new(products);
    }

    private static async Task<List<Guid>> ProductsWhereAsync(string attribute, IReadOnlyList<string> values, IDataService data, CancellationToken ct)
    {
        var ids = new List<Guid>();
        foreach (var chunk in values.Chunk(QueryRequest.MaxPageSize))
        {
            for (var page = 1; ; page++)
            {
                var result = await data.QueryAsync(new QueryRequest(CoreEntities.Product)
                {
                    Filters = [new QueryFilter(attribute, FilterOperator.In, string.Join(",", chunk))],
                    Sorts = [new QuerySort(CoreAttributes.Id)],
                    Page = page,
                    PageSize = QueryRequest.MaxPageSize,
                }, ct);
                ids.AddRange(result.Items.Select(p => p.Id));
                if (page * QueryRequest.MaxPageSize >= result.TotalCount)
                {
                    break;
                }
            }
        }
        return ids;
    }
}
