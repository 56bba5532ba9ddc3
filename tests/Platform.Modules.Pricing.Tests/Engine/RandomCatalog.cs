using Platform.Modules.Pricing.Engine;
using Platform.Modules.Pricing.Engine.Carts;
using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Engine.Stacking;

namespace Platform.Modules.Pricing.Tests.Engine;

/// <summary>A reproducible tenant with promotions of every form, for property-style tests.</summary>
internal sealed class RandomCatalog
{
    private const int Products = 200;
    private const int Categories = 20;
    private const int ProductLines = 5;

    private RandomCatalog(PriceList list, PromotionDefinition[] promotions)
    {
        List = list;
        Promotions = promotions;
    }

    public PriceList List { get; }

    public PromotionDefinition[] Promotions { get; }

    public static RandomCatalog Create(int seed, int promotions)
    {
        var random = new Random(seed);
        var items = Enumerable.Range(0, Products).ToDictionary(Product, _ => random.Next(100, 50_000) / 100m);
        var list = new PriceList("base", "Base", PriceScope.Any, "CNY", null, null, 0, items);
        return new RandomCatalog(list, [.. Enumerable.Range(0, promotions).Select(i => RandomPromotion(random, i))]);
    }

    public PricingEngine Engine(IEnumerable<PromotionDefinition> promotions, CompoundingMode mode = CompoundingMode.Sequential) =>
        new(PriceBook.Build([List], [], []), PromotionIndex.Build(promotions), PricingPolicy.Default with { Compounding = mode });

    public static PricingCart RandomCart(Random random)
    {
        var lines = Enumerable.Range(0, random.Next(1, 11)).Select(i =>
        {
            var product = random.Next(Products);
            return new CartLine($"l{i}", Product(product), random.Next(1, 4), Category(product), ProductLine(product));
        }).ToArray();
        return new PricingCart
        {
            Currency = "CNY",
            At = Quotes.Now.AddHours(random.Next(-48, 48)),
            Lines = lines,
            ChannelId = random.Next(2) == 0 ? "online" : "store",
            CustomerTier = random.Next(2) == 0 ? "gold" : null,
            CouponCodes = random.Next(2) == 0 ? ["C1", "C7"] : [],
            FlashSales = Enumerable.Range(0, 40).Where(i => i % 9 == 8).ToDictionary(i => $"promo-{i:D4}", i => new FlashSaleUsage(random.Next(0, 3), random.Next(0, 5))),
            PaidDeposits = ["promo-0007", "promo-0016"],
        };
    }

    public static string Product(int i) => $"sku-{i:D4}";

    public static string Category(int product) => $"cat-{product % Categories}";

    public static string ProductLine(int product) => $"line-{product % ProductLines}";

    private static PromotionDefinition RandomPromotion(Random random, int i)
    {
        var kind = (PromotionKind)(i % 9);
        var definition = new PromotionDefinition
        {
            Id = $"promo-{i:D4}",
            Code = $"P{i}",
            Name = $"Promotion {i}",
            Kind = kind,
            StartsAt = Quotes.Now.AddHours(random.Next(-96, 24)),
            EndsAt = Quotes.Now.AddHours(random.Next(25, 96)),
            Mode = (ConcurrencyMode)random.Next(3),
            Priority = random.Next(5),
            Layer = kind switch
            {
                PromotionKind.DirectCut or PromotionKind.FlashSale => PromotionLayer.UnitPrice,
                PromotionKind.Multibuy or PromotionKind.Bundle or PromotionKind.PresaleDeposit => PromotionLayer.ItemSubtotal,
                PromotionKind.Threshold or PromotionKind.Gift => PromotionLayer.OrderThreshold,
                PromotionKind.Coupon => PromotionLayer.Coupon,
                _ => PromotionLayer.Member,
            },
            Currency = "CNY",
            Applicability = (random.Next(10)) switch
            {
                0 => PromotionApplicability.Any,
                1 or 2 => new PromotionApplicability { Categories = [Category(random.Next(Products))] },
                3 => new PromotionApplicability { ProductLines = [ProductLine(random.Next(Products))], Channels = ["online"] },
                _ => new PromotionApplicability { ProductIds = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Product(random.Next(Products)))] },
            },
        };
        return kind switch
        {
            PromotionKind.DirectCut => definition with
            {
                DirectCut = random.Next(3) switch
                {
                    0 => new DirectCutParameters(PercentOff: random.Next(5, 40)),
                    1 => new DirectCutParameters(AmountOffPerUnit: random.Next(1, 30)),
                    _ => new DirectCutParameters(SpecialUnitPrice: random.Next(50, 300)),
                },
            },
            PromotionKind.Multibuy => definition with
            {
                Multibuy = random.Next(2) == 0 ? new MultibuyParameters(random.Next(1, 3), 1, random.Next(2) == 0 ? null : 50m) : new MultibuyParameters(2, GroupPrice: random.Next(100, 400)),
            },
            PromotionKind.Bundle => definition with
            {
                Bundle = random.Next(3) switch
                {
                    0 => new BundleParameters(2, DealPrice: random.Next(100, 500)),
                    1 => new BundleParameters(3, PercentOff: 15m),
                    _ => new BundleParameters(2, CheapestItemPercentOff: 100m),
                },
            },
            PromotionKind.Threshold => definition with
            {
                Threshold = random.Next(2) == 0
                    ? new ThresholdParameters([new(random.Next(100, 500), AmountOff: random.Next(10, 60))], Repeating: true)
                    : new ThresholdParameters([new(200m, AmountOff: 20m), new(600m, PercentOff: 10m)], MaxDiscount: 150m),
            },
            PromotionKind.Gift => definition with { Gift = new GiftParameters(random.Next(100, 800), Product(random.Next(Products))) },
            PromotionKind.FlashSale => definition with { FlashSale = new FlashSaleParameters(PercentOff: 30m, PerCustomerLimit: 2) },
            PromotionKind.MemberPrice => definition with { MemberPrice = new MemberPriceParameters(["gold"], PercentOff: 5m) },
            PromotionKind.PresaleDeposit => definition with { PresaleDeposit = new PresaleDepositParameters(10m, 2m) },
            _ => definition with { Coupon = new CouponParameters([$"C{i % 10}"], random.Next(0, 300), AmountOff: random.Next(5, 50)) },
        };
    }
}
