using System.ComponentModel.DataAnnotations;

namespace Platform.Modules.Core.Settings;

/// <summary>Per-tenant settings of the Core module (section <c>Modules:platform.core</c>).</summary>
public sealed class CoreSettings
{
    /// <summary>ISO 4217 currency used when a product, rep or order names none.</summary>
    [Required]
    [RegularExpression("^[A-Z]{3}$", ErrorMessage = "DefaultCurrency must be a three-letter ISO 4217 code such as CNY.")]
    public string DefaultCurrency { get; set; } = "CNY";

    /// <summary>Decimal places of money amounts (order line amounts and totals).</summary>
    [Range(0, 4)]
    public int MoneyDecimals { get; set; } = 2;

    /// <summary>How a money amount exactly half-way between two values is rounded.</summary>
    [EnumDataType(typeof(MoneyRoundingRule))]
    public MoneyRoundingRule MoneyRounding { get; set; } = MoneyRoundingRule.AwayFromZero;

    /// <summary>When true, PATCH and DELETE of every entity must send <c>If-Match</c> with the record's ETag (else 428).</summary>
    public bool RequireIfMatch { get; set; }

    /// <summary>The most items a list in a request body may hold, for example an order's lines.</summary>
    [Range(1, 10_000)]
    public int MaxItemsPerList { get; set; } = 500;

    /// <summary>
    /// The largest money amount of an order line (quantity × price) and of an order's total. It stays below
    /// what the money columns hold (18 digits, 4 decimals) and what the pricing engine's Int64 minor units hold.
    /// </summary>
    [Range(1d, 10_000_000_000_000d)]
    public decimal MaxOrderAmount { get; set; } = 1_000_000_000_000m;

    /// <summary>Seed of the demo data's random generator: the same seed gives the same demo data.</summary>
    [Range(0, int.MaxValue)]
    public int DemoRandomSeed { get; set; } = 618;

    /// <summary>Months of demo orders, ending with the current month.</summary>
    [Range(1, 36)]
    public int DemoMonths { get; set; } = 12;

    /// <summary>Demo orders in an average month, before the seasonal factor (promotion peaks sell more).</summary>
    [Range(1, 10_000)]
    public int DemoOrdersPerMonth { get; set; } = 250;

    /// <summary>Number of demo customers.</summary>
    [Range(10, 10_000)]
    public int DemoCustomerCount { get; set; } = 300;
}

/// <summary>Midpoint rule of money rounding.</summary>
public enum MoneyRoundingRule
{
    /// <summary>Half away from zero (commercial rounding, 0.125 → 0.13).</summary>
    AwayFromZero = 0,

    /// <summary>Half to even (banker's rounding, 0.125 → 0.12).</summary>
    ToEven = 1,
}
