using System.ComponentModel.DataAnnotations;
using Platform.Modules.Core.Funnel;

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

    /// <summary>Demo opportunities created over the demo months.</summary>
    [Range(0, 10_000)]
    public int DemoOpportunityCount { get; set; } = 600;

    /// <summary>Industry funnel benchmark: percent of opportunities reaching NeedsConfirmed, Proposal, Negotiation, ClosedWon.</summary>
    [Required, StageConversions]
    public string FunnelIndustryConversion { get; set; } = "40,25,12,5";

    /// <summary>Best-practice funnel benchmark (excellent companies), same form.</summary>
    [Required, StageConversions]
    public string FunnelBestPracticeConversion { get; set; } = "60,40,25,15";

    /// <summary>Lower end of the B2B win-rate benchmark, percent.</summary>
    [Range(0, 100)]
    public decimal FunnelWinRateLowPercent { get; set; } = 15m;

    /// <summary>Upper end of the B2B win-rate benchmark, percent.</summary>
    [Range(0, 100)]
    public decimal FunnelWinRateHighPercent { get; set; } = 25m;

    /// <summary>Sales and marketing spend per month that acquires customers (CAC = spend over the period ÷ customers won).</summary>
    [Range(0, 1_000_000_000)]
    public decimal FunnelAcquisitionSpendPerMonth { get; set; } = 150_000m;

    /// <summary>Gross margin of a customer's purchases, percent (LTV).</summary>
    [Range(0, 100)]
    public decimal FunnelGrossMarginPercent { get; set; } = 35m;

    /// <summary>Deals a won customer buys per year (LTV).</summary>
    [Range(0, 1_000)]
    public decimal FunnelPurchasesPerCustomerPerYear { get; set; } = 1.5m;

    /// <summary>Years a customer keeps buying (LTV).</summary>
    [Range(0, 100)]
    public decimal FunnelCustomerLifetimeYears { get; set; } = 3m;
}

/// <summary>Midpoint rule of money rounding.</summary>
public enum MoneyRoundingRule
{
    /// <summary>Half away from zero (commercial rounding, 0.125 → 0.13).</summary>
    AwayFromZero = 0,

    /// <summary>Half to even (banker's rounding, 0.125 → 0.12).</summary>
    ToEven = 1,
}
