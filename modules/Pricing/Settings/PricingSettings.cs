using System.ComponentModel.DataAnnotations;
using Platform.Modules.Pricing.Engine.Stacking;

namespace Platform.Modules.Pricing.Settings;

/// <summary>Per-tenant settings of the Pricing module (section <c>Modules:platform.pricing</c>).</summary>
public sealed class PricingSettings : IValidatableObject
{
    /// <summary>How compound promotions combine: each on the price after the previous (Sequential) or each on the original price (OnOriginal).</summary>
    [EnumDataType(typeof(CompoundingMode))]
    public CompoundingMode Compounding { get; set; } = CompoundingMode.Sequential;

    /// <summary>Decimal places of prices and discounts in a currency not listed in <see cref="CurrencyDecimals"/>.</summary>
    [Range(0, 4)]
    public int MoneyDecimals { get; set; } = 2;

    /// <summary>Midpoint rule of money rounding.</summary>
    [EnumDataType(typeof(MidpointRounding))]
    public MidpointRounding MoneyRounding { get; set; } = MidpointRounding.AwayFromZero;

    /// <summary>Decimal places per currency, e.g. <c>JPY:0,KRW:0</c>.</summary>
    [RegularExpression(@"^([A-Z]{3}:[0-4])?(,[A-Z]{3}:[0-4])*$", ErrorMessage = "CurrencyDecimals must look like JPY:0,KRW:0 (ISO code, colon, 0-4 decimals).")]
    public string CurrencyDecimals { get; set; } = "JPY:0,KRW:0";

    /// <summary>A manual discount up to this percentage is approved automatically.</summary>
    [Range(0, 100)]
    public decimal AutomaticDiscountLimitPercent { get; set; } = 10m;

    /// <summary>A manual discount above the automatic limit and up to this percentage needs a manager; above it, a director.</summary>
    [Range(0, 100)]
    public decimal ManagerDiscountLimitPercent { get; set; } = 30m;

    /// <summary>What the bands measure: the largest line discount (LargestLine) or the blended discount of the order (BlendedOrder).</summary>
    [EnumDataType(typeof(DiscountBasis))]
    public DiscountBasis DiscountBasis { get; set; } = DiscountBasis.LargestLine;

    /// <summary>The permission that approves discounts in the manager band.</summary>
    [Required, RegularExpression(PermissionName, ErrorMessage = "ManagerApproverPermission must be a permission name such as pricing.approve.manager.")]
    public string ManagerApproverPermission { get; set; } = "pricing.approve.manager";

    /// <summary>The permission that approves discounts above the manager band.</summary>
    [Required, RegularExpression(PermissionName, ErrorMessage = "DirectorApproverPermission must be a permission name such as pricing.approve.director.")]
    public string DirectorApproverPermission { get; set; } = "pricing.approve.director";

    /// <summary>Replaced by <see cref="ManagerApproverPermission"/> (ADR 0017); still accepted so stored settings stay valid, and ignored.</summary>
    [RegularExpression("^(tenant-admin|tenant-user)$", ErrorMessage = "ManagerApproverRole must be tenant-admin or tenant-user.")]
    public string ManagerApproverRole { get; set; } = "tenant-admin";

    /// <summary>Replaced by <see cref="DirectorApproverPermission"/> (ADR 0017); still accepted so stored settings stay valid, and ignored.</summary>
    [RegularExpression("^(tenant-admin|tenant-user)$", ErrorMessage = "DirectorApproverRole must be tenant-admin or tenant-user.")]
    public string DirectorApproverRole { get; set; } = "tenant-admin";

    private const string PermissionName = "^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+$";

    /// <summary>Whether orders are priced by the module on create and update (net prices set from the quote).</summary>
    public bool PriceOrders { get; set; } = true;

    /// <summary>Products without a price-list price fall back to the product master's list price.</summary>
    public bool FallBackToProductListPrice { get; set; } = true;

    /// <summary>Seconds a host keeps a tenant's compiled prices and promotions (changes made on this host apply at once).</summary>
    [Range(0, 3600)]
    public int CatalogCacheSeconds { get; set; } = 30;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ManagerDiscountLimitPercent < AutomaticDiscountLimitPercent)
        {
            yield return new ValidationResult(
                $"ManagerDiscountLimitPercent ({ManagerDiscountLimitPercent}) cannot be below AutomaticDiscountLimitPercent ({AutomaticDiscountLimitPercent}).",
                [nameof(ManagerDiscountLimitPercent)]);
        }
    }
}

/// <summary>What the discount approval bands are measured on.</summary>
public enum DiscountBasis
{
    /// <summary>The largest discount of any line, as a percentage of its base price.</summary>
    LargestLine = 0,

    /// <summary>The whole order's discount, as a percentage of its base amount.</summary>
    BlendedOrder = 1,
}
