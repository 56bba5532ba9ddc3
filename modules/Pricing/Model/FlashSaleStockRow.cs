namespace Platform.Modules.Pricing.Model;

/// <summary>
/// The units reserved for a flash sale and how many are sold. Sales take units with one conditional
/// update (<c>sold + n &lt;= reserved</c>), so concurrent orders can never oversell.
/// </summary>
internal sealed class FlashSaleStockRow
{
    public Guid PromotionId { get; set; }

    public int Reserved { get; set; }

    public int Sold { get; set; }
}
