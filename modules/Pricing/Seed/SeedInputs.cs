using Platform.Modules.Core.Contracts;
using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Seed;

/// <summary>A Core product as the demo prices it (entity <c>product</c>).</summary>
internal sealed record SeedProduct(
    Guid Id, string Sku, string Name, string ProductLine, string Category, decimal UnitCost, decimal ListPrice, string Currency, bool Active)
{
    /// <summary>The product id as the quote code writes it (GUID, "D" format).</summary>
    public string Key => Id.ToString("D");

    public static SeedProduct From(Entity entity) => From(new ProductView(entity));

    private static SeedProduct From(ProductView product) => new(
        product.Id, product.Sku ?? "", product.Name ?? "", product.ProductLine ?? "", product.Category ?? "",
        product.UnitCost ?? 0m, product.ListPrice ?? 0m, product.Currency ?? "", product.Active ?? true);
}

/// <summary>A Core region (entity <c>region</c>); <paramref name="Level"/> is the level's name (National, Region, Province, City).</summary>
internal sealed record SeedRegion(Guid Id, string Code, string Name, string Level)
{
    public static SeedRegion From(Entity entity) => From(new RegionView(entity));

    private static SeedRegion From(RegionView region) => new(region.Id, region.Code ?? "", region.Name ?? "", region.Level?.ToString() ?? "");
}

/// <summary>A Core store (entity <c>store</c>); format and status are the enum names (Flagship, Open, ...).</summary>
internal sealed record SeedStore(Guid Id, string Code, string Name, string Format, Guid RegionId, string Status)
{
    public static SeedStore From(Entity entity) => From(new StoreView(entity));

    private static SeedStore From(StoreView store) => new(
        store.Id, store.Code ?? "", store.Name ?? "", store.Format?.ToString() ?? "", store.RegionId ?? Guid.Empty, store.Status?.ToString() ?? "");
}
