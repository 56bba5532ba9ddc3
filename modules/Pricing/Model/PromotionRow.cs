using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Engine.Stacking;

namespace Platform.Modules.Pricing.Model;

/// <summary>
/// A promotion. The columns the API filters and sorts by are columns; who it applies to and the
/// form's parameters are JSON documents (their shape is the engine's, validated on every write).
/// </summary>
internal sealed class PromotionRow
{
    public Guid Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public PromotionKind Kind { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset? EndsAt { get; set; }

    public ConcurrencyMode Mode { get; set; }

    public int Priority { get; set; }

    public PromotionLayer Layer { get; set; }

    public string? Currency { get; set; }

    public bool Active { get; set; } = true;

    public decimal? Budget { get; set; }

    public string? Goal { get; set; }

    public int? UsageLimit { get; set; }

    /// <summary>Completed orders that used a coupon promotion (never past <see cref="UsageLimit"/>).</summary>
    public int UsedCount { get; set; }

    public string Applicability { get; set; } = "{}";

    public string Parameters { get; set; } = "{}";
}
