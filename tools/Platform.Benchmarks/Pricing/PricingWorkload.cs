using Platform.Modules.Pricing.Engine;
using Platform.Modules.Pricing.Engine.Batch;
using Platform.Modules.Pricing.Engine.Carts;
using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Engine.Stacking;

namespace Platform.Benchmarks.Pricing;

/// <summary>
/// A reproducible tenant (fixed seed): 2,000 products in 100 categories and 20 product lines, one price list,
/// 1,000 promotions all active at the quote's moment, of mixed forms and modes: 40% direct cuts (1–3 products),
/// 10% multibuy and 10% threshold (per category, 1 in 5 thresholds any product), 10% bundles (5 products),
/// 10% flash sales (1–2 products), 5% gifts (per category), 5% member prices (per category), 5% presales
/// (1 product), 5% coupons (one code in 50); modes 70% compound, 20% best price, 10% exclusive. Carts have 10
/// lines of random products (quantity 1–3), a gold member, one presented coupon code, flash-sale usage for every
/// flash sale and every presale deposit paid.
/// </summary>
public sealed class PricingWorkload
{
    public const int LinesPerCart = 10;
    private const int Products = 2000;
    private const int Categories = 100;
    private const int ProductLines = 20;

    public static readonly DateTimeOffset At = new(2026, 11, 11, 12, 0, 0, TimeSpan.Zero);

    private PricingWorkload(PriceBook book, PromotionDefinition[] promotions, PricingCart[] carts, CatalogItem[] items, Dictionary<string, decimal> plainPrices)
    {
        Book = book;
        Promotions = promotions;
        Carts = carts;
        CatalogItems = items;
        PlainPrices = plainPrices;
    }

    public PriceBook Book { get; }

    public PromotionDefinition[] Promotions { get; }

    public PricingCart[] Carts { get; }

    public CatalogItem[] CatalogItems { get; }

    /// <summary>Product → unit price, for the plain price × quantity baseline.</summary>
    public Dictionary<string, decimal> PlainPrices { get; }

    public PricingEngine Engine(bool withPromotions) =>
        new(Book, withPromotions ? PromotionIndex.Build(Promotions) : PromotionIndex.Empty, PricingPolicy.Default);

    public static CatalogSale Sale => new() { Currency = "CNY", At = At, ChannelId = "online", CustomerTier = "gold" };

    public static PricingWorkload Create(int carts = 256, int catalogItems = 10_000, int seed = 20261111)
    {
        var random = new Random(seed);
        var prices = Enumerable.Range(0, Products).ToDictionary(Product, _ => random.Next(500, 100_000) / 100m);
        var book = PriceBook.Build([new PriceList("base", "Base", PriceScope.Any, "CNY", null, null, 0, prices)], [], []);
        var promotions = Enumerable.Range(0, 1000).Select(i => Promotion(random, i)).ToArray();
        var flash = promotions.Where(p => p.Kind == PromotionKind.FlashSale).ToDictionary(p => p.Id, _ => new FlashSaleUsage(0, 100));
        var presales = promotions.Where(p => p.Kind == PromotionKind.PresaleDeposit).Select(p => p.Id).ToArray();
        var cartSet = Enumerable.Range(0, carts).Select(_ => new PricingCart
        {
            Currency = "CNY",
            At = At,
            ChannelId = "online",
            CustomerTier = "gold",
            Lines = [.. Enumerable.Range(0, LinesPerCart).Select(l =>
            {
                var product = random.Next(Products);
                return new CartLine($"l{l}", Product(product), random.Next(1, 4), Category(product), ProductLine(product));
            })],
            CouponCodes = [$"CODE{random.Next(50)}"],
            FlashSales = flash,
            PaidDeposits = presales,
        }).ToArray();
        var items = Enumerable.Range(0, catalogItems).Select(i =>
        {
            var product = i % Products;
            return new CatalogItem(Product(product), Category(product), ProductLine(product));
        }).ToArray();
        return new PricingWorkload(book, promotions, cartSet, items, prices);
    }

    private static string Product(int i) => $"sku-{i:D5}";

    private static string Category(int product) => $"cat-{product % Categories:D3}";

    private static string ProductLine(int product) => $"line-{product % ProductLines:D2}";

    private static string[] SomeProducts(Random random, int min, int max) =>
        [.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Product(random.Next(Products)))];

    private static PromotionDefinition Promotion(Random random, int i)
    {
        var roll = random.Next(100);
        var mode = random.Next(10) switch { < 7 => ConcurrencyMode.Compound, < 9 => ConcurrencyMode.BestPrice, _ => ConcurrencyMode.Exclusive };
        var d = new PromotionDefinition
        {
            Id = $"promo-{i:D4}",
            Code = $"P{i:D4}",
            Name = $"Promotion {i}",
            Kind = PromotionKind.DirectCut,
            StartsAt = At.AddDays(-random.Next(1, 30)),
            EndsAt = At.AddDays(random.Next(1, 30)),
            Mode = mode,
            Priority = random.Next(10),
            Currency = "CNY",
        };
        var byCategory = new PromotionApplicability { Categories = [Category(random.Next(Products))] };
        return roll switch
        {
            < 40 => d with
            {
                Applicability = new PromotionApplicability { ProductIds = SomeProducts(random, 1, 3) },
                DirectCut = random.Next(3) switch
                {
                    0 => new DirectCutParameters(PercentOff: random.Next(5, 30)),
                    1 => new DirectCutParameters(AmountOffPerUnit: random.Next(1, 20)),
                    _ => new DirectCutParameters(SpecialUnitPrice: random.Next(10, 500)),
                },
            },
            < 50 => d with { Kind = PromotionKind.Multibuy, Layer = PromotionLayer.ItemSubtotal, Applicability = byCategory, Multibuy = new MultibuyParameters(random.Next(1, 3), 1, 50m) },
            < 60 => d with
            {
                Kind = PromotionKind.Threshold,
                Layer = PromotionLayer.OrderThreshold,
                Applicability = random.Next(5) == 0 ? PromotionApplicability.Any : byCategory,
                Threshold = random.Next(2) == 0
                    ? new ThresholdParameters([new ThresholdTier(random.Next(100, 400), AmountOff: random.Next(10, 50))], Repeating: true)
                    : new ThresholdParameters([new ThresholdTier(300m, AmountOff: 30m), new ThresholdTier(800m, PercentOff: 8m)], MaxDiscount: 200m),
            },
            < 70 => d with
            {
                Kind = PromotionKind.Bundle,
                Layer = PromotionLayer.ItemSubtotal,
                Applicability = new PromotionApplicability { ProductIds = SomeProducts(random, 5, 5) },
                Bundle = new BundleParameters(2, DealPrice: random.Next(50, 500)),
            },
            < 80 => d with
            {
                Kind = PromotionKind.FlashSale,
                Applicability = new PromotionApplicability { ProductIds = SomeProducts(random, 1, 2) },
                FlashSale = new FlashSaleParameters(PercentOff: 40m, PerCustomerLimit: 2, ReservedStock: 500),
            },
            < 85 => d with { Kind = PromotionKind.Gift, Layer = PromotionLayer.OrderThreshold, Applicability = byCategory, Gift = new GiftParameters(random.Next(100, 600), Product(random.Next(Products))) },
            < 90 => d with { Kind = PromotionKind.MemberPrice, Layer = PromotionLayer.Member, Applicability = byCategory, MemberPrice = new MemberPriceParameters(["gold", "platinum"], PercentOff: 5m) },
            < 95 => d with
            {
                Kind = PromotionKind.PresaleDeposit,
                Layer = PromotionLayer.ItemSubtotal,
                Applicability = new PromotionApplicability { ProductIds = SomeProducts(random, 1, 1) },
                PresaleDeposit = new PresaleDepositParameters(20m, 2m),
            },
            _ => d with
            {
                Kind = PromotionKind.Coupon,
                Layer = PromotionLayer.Coupon,
                Mode = ConcurrencyMode.Compound,
                Coupon = new CouponParameters([$"CODE{random.Next(50)}"], random.Next(0, 300), AmountOff: random.Next(5, 40)),
            },
        };
    }
}
