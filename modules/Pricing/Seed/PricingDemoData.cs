using Platform.Modules.Pricing.Model;

namespace Platform.Modules.Pricing.Seed;

/// <summary>
/// The pricing demo being built: the Core data it prices, the clock (the calendar year in China time) and
/// the rows produced. Every id comes from one seeded random sequence, so equal inputs give equal rows.
/// </summary>
internal sealed class PricingDemoData
{
    /// <summary>The fixed seed of the id and survey sequence.</summary>
    public const int RandomSeed = 1111;

    /// <summary>The currency of every demo price list and promotion.</summary>
    public const string Currency = "CNY";

    /// <summary>China Standard Time (Asia/Shanghai, no daylight saving): the calendar runs on it.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public PricingDemoData(IEnumerable<SeedProduct> products, IEnumerable<SeedRegion> regions, IEnumerable<SeedStore> stores, DateTimeOffset now)
    {
        Products = [.. products
            .Where(p => p.Active && (p.Currency.Length == 0 || string.Equals(p.Currency, Currency, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(p => p.Sku, StringComparer.Ordinal)
            .ThenBy(p => p.Id)];
        Regions = [.. regions.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Id)];
        Stores = [.. stores.OrderBy(s => s.Code, StringComparer.Ordinal).ThenBy(s => s.Id)];
        Now = now.ToUniversalTime();
        Year = now.ToOffset(ChinaOffset).Year;
    }

    public SeedRandom Random { get; } = new(RandomSeed);

    /// <summary>The active products priced in <see cref="Currency"/>, by SKU.</summary>
    public IReadOnlyList<SeedProduct> Products { get; }

    public IReadOnlyList<SeedRegion> Regions { get; }

    public IReadOnlyList<SeedStore> Stores { get; }

    /// <summary>The build time (UTC).</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The calendar year of the promotion calendar and the current price lists (China time).</summary>
    public int Year { get; }

    public List<PriceListRow> PriceLists { get; } = [];
    public List<PricingMethodRow> PricingMethods { get; } = [];
    public List<CompetitorPriceRow> CompetitorPrices { get; } = [];
    public List<PromotionRow> Promotions { get; } = [];
    public List<CouponCodeRow> CouponCodes { get; } = [];
    public List<FlashSaleStockRow> FlashSaleStock { get; } = [];
    public List<SurveyResponseRow> SurveyResponses { get; } = [];

    /// <summary>A moment of <see cref="Year"/> in China time (<paramref name="yearOffset"/> years later), as UTC.</summary>
    public DateTimeOffset China(int month, int day, int hour = 0, int yearOffset = 0) =>
        new DateTimeOffset(Year + yearOffset, month, day, hour, 0, 0, ChinaOffset).ToUniversalTime();

    /// <summary>
    /// The product with <paramref name="sku"/> (the Core demo catalogue's SKUs); when the tenant lacks it, a
    /// stable stand-in (so the demo stays complete on any catalogue).
    /// </summary>
    public SeedProduct Product(string sku)
    {
        foreach (var product in Products)
        {
            if (string.Equals(product.Sku, sku, StringComparison.Ordinal))
            {
                return product;
            }
        }
        var hash = 0;
        foreach (var c in sku)
        {
            hash = unchecked(hash * 31 + c);
        }
        return Products[(int)((uint)hash % (uint)Products.Count)];
    }

    /// <summary>The ids ("D" format) of the products with these SKUs (stand-ins included, without duplicates).</summary>
    public IReadOnlyList<string> ProductIds(params string[] skus) => [.. skus.Select(s => Product(s).Key).Distinct(StringComparer.Ordinal)];

    /// <summary>The categories of the products with these SKUs (without duplicates).</summary>
    public IReadOnlyList<string> CategoriesOf(params string[] skus) => [.. skus.Select(s => Product(s).Category).Distinct(StringComparer.Ordinal)];

    /// <summary>The product lines of the products with these SKUs (without duplicates).</summary>
    public IReadOnlyList<string> LinesOf(params string[] skus) => [.. skus.Select(s => Product(s).ProductLine).Distinct(StringComparer.Ordinal)];

    /// <summary>A retail price point: tens minus one (6789, 189); below 100 whole yuan.</summary>
    public static decimal PricePoint(decimal amount) =>
        amount < 100m ? decimal.Round(amount, 0, MidpointRounding.AwayFromZero) : decimal.Round(amount / 10m, 0, MidpointRounding.AwayFromZero) * 10m - 1m;

    /// <summary>The next retail price point at or above <paramref name="amount"/> (tens minus one), for price rises.</summary>
    public static decimal PricePointUp(decimal amount) => Math.Ceiling((amount + 1m) / 10m) * 10m - 1m;

    /// <summary>Whole yuan.</summary>
    public static decimal Yuan(decimal amount) => decimal.Round(amount, 0, MidpointRounding.AwayFromZero);
}
