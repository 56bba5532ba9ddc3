using System.Globalization;
using Platform.Modules.Core.Contracts;
using Platform.Modules.Pricing.Model;

namespace Platform.Modules.Pricing.Seed;

/// <summary>
/// Channel price lists for the year (store retail, online, distributor, direct and key account), a regional
/// store list, one flagship store's list, and next year's store list (a price rise, effective 1 January).
/// </summary>
internal static class PriceListSeeder
{
    private const string Store = nameof(SalesChannel.Store);
    private const string Online = nameof(SalesChannel.Online);
    private const string Partner = nameof(SalesChannel.Partner);
    private const string Direct = nameof(SalesChannel.Direct);

    public static void Build(PricingDemoData data)
    {
        var year = data.Year.ToString(CultureInfo.InvariantCulture);
        var next = (data.Year + 1).ToString(CultureInfo.InvariantCulture);
        var from = data.China(1, 1);
        var to = data.China(1, 1, yearOffset: 1);

        Add(data, $"PL-STORE-{year}", $"全国门店零售价 {year}", Store, null, null, null, from, to, 10, data.Products, p => p.ListPrice);
        Add(data, $"PL-ONLINE-{year}", $"全国线上商城价 {year}", Online, null, null, null, from, to, 10, data.Products,
            p => PricingDemoData.PricePoint(p.ListPrice * 0.97m));
        Add(data, $"PL-PARTNER-{year}", $"全国经销商供货价 {year}", Partner, null, null, null, from, to, 10, data.Products, DistributorPrice);
        Add(data, $"PL-DIRECT-{year}", $"直销标准价 {year}", Direct, null, null, null, from, to, 10, data.Products, p => p.ListPrice);
        Add(data, $"PL-DIRECT-KA-{year}", $"大客户协议价 {year}", Direct, "KeyAccount", null, null, from, to, 20, data.Products,
            p => PricingDemoData.Yuan(Math.Max(p.ListPrice * 0.90m, p.UnitCost * 1.08m)));

        // A regional price test: wearables and smart home 5% lower in one city's stores; other products fall through to the national list.
        var city = data.Regions.FirstOrDefault(r => r.Code == "SHANGHAI")
            ?? data.Regions.FirstOrDefault(r => r.Level == "City")
            ?? (data.Regions.Count > 0 ? data.Regions[0] : null);
        if (city is not null)
        {
            var lines = data.LinesOf("WR-TG-E3", "SH-YX-S1");
            Add(data, $"PL-STORE-{city.Code}-{year}", $"{city.Name}门店区域价 {year}", Store, null, city.Id, null, from, to, 20,
                data.Products.Where(p => lines.Contains(p.ProductLine)), p => PricingDemoData.PricePoint(p.ListPrice * 0.95m));

            // The flagship store of that city: experience prices on its showcase products (most specific scope).
            var flagship = data.Stores.FirstOrDefault(s => s.RegionId == city.Id && s.Format == "Flagship" && s.Status == "Open")
                ?? data.Stores.FirstOrDefault(s => s.RegionId == city.Id);
            if (flagship is not null)
            {
                var showcase = data.ProductIds("SP-XY-F5", "NB-SW-X1", "NB-GF-14P", "TB-MP-13M", "SH-QJ-R10P");
                Add(data, $"PL-STORE-{flagship.Code}-{year}", $"{flagship.Name} 体验价 {year}", Store, null, city.Id, flagship.Id, from, to, 30,
                    data.Products.Where(p => showcase.Contains(p.Key)), p => PricingDemoData.PricePoint(p.ListPrice * 0.92m));
            }
        }

        // Next year's price rise (3% on the store list), to show effective dates.
        Add(data, $"PL-STORE-{next}", $"全国门店零售价 {next}（年度调价）", Store, null, null, null, to, null, 10, data.Products,
            p => PricingDemoData.PricePointUp(p.ListPrice * 1.03m));
    }

    /// <summary>Distributors buy at 85% of list (phones, thin margins) or 80% (everything else), never below cost + 5%.</summary>
    private static decimal DistributorPrice(SeedProduct p)
    {
        var share = p.ProductLine == "智能手机" ? 0.85m : 0.80m;
        return PricingDemoData.Yuan(Math.Max(p.ListPrice * share, p.UnitCost * 1.05m));
    }

    private static void Add(
        PricingDemoData data, string code, string name, string? channel, string? customerGroup, Guid? regionId, Guid? storeId,
        DateTimeOffset from, DateTimeOffset? to, int priority, IEnumerable<SeedProduct> products, Func<SeedProduct, decimal> price)
    {
        var list = new PriceListRow
        {
            Id = data.Random.NextGuid(),
            Code = code,
            Name = name,
            Channel = channel,
            CustomerGroup = customerGroup,
            RegionId = regionId,
            StoreId = storeId,
            Currency = PricingDemoData.Currency,
            EffectiveFrom = from,
            EffectiveTo = to,
            Priority = priority,
            Active = true,
        };
        foreach (var product in products)
        {
            list.Items.Add(new PriceListItemRow { Id = data.Random.NextGuid(), PriceListId = list.Id, ProductId = product.Id, UnitPrice = price(product) });
        }
        data.PriceLists.Add(list);
    }
}
