namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>
/// 秒杀: exactly one of a flash unit price or a percent off, for at most <see cref="PerCustomerLimit"/> units per
/// customer and the remaining reserved stock (both facts come with the cart: <c>PricingCart.FlashSales</c>).
/// </summary>
/// <param name="FlashUnitPrice">Unit price during the sale.</param>
/// <param name="PercentOff">Percent off the unit price.</param>
/// <param name="PerCustomerLimit">Units per customer; null = no limit.</param>
/// <param name="ReservedStock">Units reserved for the sale (informative; the remaining figure comes with the cart).</param>
public sealed record FlashSaleParameters(decimal? FlashUnitPrice = null, decimal? PercentOff = null, int? PerCustomerLimit = null, int? ReservedStock = null);
