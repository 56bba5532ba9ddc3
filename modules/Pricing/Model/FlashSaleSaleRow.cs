namespace Platform.Modules.Pricing.Model;

/// <summary>Units one order bought at a flash-sale price (the per-customer limit counts these).</summary>
internal sealed class FlashSaleSaleRow
{
    public Guid Id { get; set; }

    public Guid PromotionId { get; set; }

    public Guid CustomerId { get; set; }

    public Guid OrderId { get; set; }

    public int Quantity { get; set; }

    public DateTimeOffset SoldAt { get; set; }
}
