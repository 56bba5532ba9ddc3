using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Engine.Promotions;

namespace Platform.Modules.Pricing.Quotes;

/// <summary>
/// A tenant's prices and promotions, compiled for the engine: the price book, the promotion index, the
/// products' facts, and which promotions are coupons and flash sales (their usage is read per quote).
/// Immutable; cached per tenant by <see cref="PricingCatalogCache"/>.
/// </summary>
internal sealed record PricingCatalog(
    PriceBook Book,
    PromotionIndex Promotions,
    IReadOnlyDictionary<Guid, ProductFacts> Products,
    IReadOnlyDictionary<Guid, PromotionDefinition> FlashSales,
    IReadOnlyDictionary<Guid, PromotionDefinition> Coupons,
    DateTimeOffset LoadedAt);
