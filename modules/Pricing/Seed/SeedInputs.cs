using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Seed;

/// <summary>A Core product as the demo prices it (entity <c>product</c>).</summary>
internal sealed record SeedProduct(
    Guid Id, string Sku, string Name, string ProductLine, string Category, decimal UnitCost, decimal ListPrice, string Currency, bool Active)
{
    /// <summary>The product id as the quote code writes it (GUID, "D" format).</summary>
    public string Key => Id.ToString("D");

    public static SeedProduct From(Entity entity) => new(
        entity.Id,
        entity.GetValue<string>("sku") ?? "",
        entity.GetValue<string>("name") ?? "",
        entity.GetValue<string>("productLine") ?? "",
        entity.GetValue<string>("category") ?? "",
        entity.GetValue<decimal>("unitCost"),
        entity.GetValue<decimal>("listPrice"),
        entity.GetValue<string>("currency") ?? "",
        entity.GetValue<bool?>("active") ?? true);
}

/// <summary>A Core region (entity <c>region</c>); <paramref name="Level"/> is the level's name (National, Region, Province, City).</summary>
internal sealed record SeedRegion(Guid Id, string Code, string Name, string Level)
{
    public static SeedRegion From(Entity entity) => new(
        entity.Id,
        entity.GetValue<string>("code") ?? "",
        entity.GetValue<string>("name") ?? "",
        entity["level"]?.ToString() ?? "");
}

/// <summary>A Core store (entity <c>store</c>); format and status are the enum names (Flagship, Open, ...).</summary>
internal sealed record SeedStore(Guid Id, string Code, string Name, string Format, Guid RegionId, string Status)
{
    public static SeedStore From(Entity entity) => new(
        entity.Id,
        entity.GetValue<string>("code") ?? "",
        entity.GetValue<string>("name") ?? "",
        entity["format"]?.ToString() ?? "",
        entity.GetValue<Guid>("regionId"),
        entity["status"]?.ToString() ?? "");
}
