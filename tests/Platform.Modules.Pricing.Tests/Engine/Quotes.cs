using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Modules.Pricing.Engine;
using Platform.Modules.Pricing.Engine.Carts;
using Platform.Modules.Pricing.Engine.Explanation;
using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Engine.Stacking;

namespace Platform.Modules.Pricing.Tests.Engine;

/// <summary>Small builders so each test states only what it is about.</summary>
internal static class Quotes
{
    public static readonly DateTimeOffset Now = new(2026, 6, 18, 10, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static PriceList List(params (string Product, decimal Price)[] items) =>
        new("base", "Base list", PriceScope.Any, "CNY", null, null, 0, items.ToDictionary(i => i.Product, i => i.Price));

    public static CartLine Line(string id, string product, int quantity = 1, string? category = null, string? productLine = null) =>
        new(id, product, quantity, category, productLine);

    public static PricingCart Cart(params CartLine[] lines) => new() { Currency = "CNY", At = Now, Lines = lines };

    public static PromotionDefinition Promo(string id, PromotionKind kind, ConcurrencyMode mode = ConcurrencyMode.Compound, PromotionLayer layer = PromotionLayer.UnitPrice, int priority = 0) => new()
    {
        Id = id,
        Code = id.ToUpperInvariant(),
        Name = id,
        Kind = kind,
        StartsAt = Now.AddDays(-1),
        EndsAt = Now.AddDays(1),
        Mode = mode,
        Layer = layer,
        Priority = priority,
        Currency = "CNY",
    };

    public static PromotionDefinition PercentOff(string id, decimal percent, ConcurrencyMode mode = ConcurrencyMode.Compound, int priority = 0, PromotionLayer layer = PromotionLayer.UnitPrice) =>
        Promo(id, PromotionKind.DirectCut, mode, layer, priority) with { DirectCut = new DirectCutParameters(PercentOff: percent) };

    public static PromotionDefinition ForProducts(this PromotionDefinition d, params string[] products) =>
        d with { Applicability = d.Applicability with { ProductIds = products } };

    public static PromotionDefinition Threshold(string id, decimal threshold, decimal amountOff, bool repeating = false, PromotionLayer layer = PromotionLayer.OrderThreshold) =>
        Promo(id, PromotionKind.Threshold, layer: layer) with { Threshold = new ThresholdParameters([new ThresholdTier(threshold, AmountOff: amountOff)], repeating) };

    public static PricingResult Price(PricingCart cart, PriceList list, IEnumerable<PromotionDefinition> promotions, PricingPolicy? policy = null) =>
        new PricingEngine(PriceBook.Build([list], [], []), PromotionIndex.Build(promotions), policy ?? PricingPolicy.Default).Price(cart);

    public static PricingResult Price(PricingCart cart, PriceList list, params PromotionDefinition[] promotions) => Price(cart, list, promotions, null);

    public static string Serialize(PricingResult result) => JsonSerializer.Serialize(result, Json);

    public static NotAppliedPromotion NotApplied(this PricingResult result, string id) => Assert.Single(result.NotApplied, n => n.PromotionId == id);

    public static AppliedPromotion Applied(this PricingResult result, string id) => Assert.Single(result.Applied, a => a.PromotionId == id);
}
