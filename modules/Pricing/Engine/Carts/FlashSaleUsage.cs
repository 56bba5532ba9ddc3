namespace Platform.Modules.Pricing.Engine.Carts;

/// <summary>What the caller knows of a flash sale at quote time (the atomic reservation happens elsewhere).</summary>
/// <param name="AlreadyBought">Units this customer already bought under the flash sale.</param>
/// <param name="RemainingStock">Units of the promotion's reserved stock still available.</param>
public sealed record FlashSaleUsage(int AlreadyBought, int RemainingStock);
