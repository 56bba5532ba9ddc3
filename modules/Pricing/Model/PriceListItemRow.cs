namespace Platform.Modules.Pricing.Model;

/// <summary>A product's unit price in a price list.</summary>
internal sealed class PriceListItemRow
{
    public Guid Id { get; set; }

    public Guid PriceListId { get; set; }

    public Guid ProductId { get; set; }

    public decimal UnitPrice { get; set; }
}
