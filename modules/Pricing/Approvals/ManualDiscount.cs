namespace Platform.Modules.Pricing.Approvals;

/// <summary>
/// The manual part of an order's discount: how far the net prices the caller offered go below the prices
/// the promotions give. Measured per line (largest) and over the order (blended), in percent.
/// </summary>
internal sealed class ManualDiscount
{
    private decimal _quoted;
    private decimal _offered;

    public decimal LargestLinePercent { get; private set; }

    public decimal BlendedPercent => _quoted == 0 ? 0 : decimal.Round((_quoted - _offered) / _quoted * 100m, 4);

    public void Add(decimal quotedUnit, decimal offeredUnit, int quantity)
    {
        _quoted += quotedUnit * quantity;
        _offered += offeredUnit * quantity;
        if (quotedUnit > 0)
        {
            LargestLinePercent = Math.Max(LargestLinePercent, decimal.Round((quotedUnit - offeredUnit) / quotedUnit * 100m, 4));
        }
    }
}
