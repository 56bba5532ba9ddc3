namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>
/// A promotion as the engine evaluates it. Exactly the parameters of <see cref="Kind"/> are set
/// (<see cref="PromotionValidator"/> checks it). Amount parameters are in <see cref="Currency"/>; a promotion
/// with only percentages may leave it null (any currency).
/// </summary>
public sealed record PromotionDefinition
{
    /// <summary>Stable id; the last tie-break everywhere.</summary>
    public required string Id { get; init; }

    /// <summary>Business code.</summary>
    public required string Code { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>The form.</summary>
    public required PromotionKind Kind { get; init; }

    /// <summary>Products and sales it applies to.</summary>
    public PromotionApplicability Applicability { get; init; } = PromotionApplicability.Any;

    /// <summary>Start (inclusive, compared in UTC).</summary>
    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>End (exclusive, compared in UTC); null = open-ended.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>How it combines with other promotions.</summary>
    public ConcurrencyMode Mode { get; init; } = ConcurrencyMode.Compound;

    /// <summary>Higher is applied first in a layer and wins ties.</summary>
    public int Priority { get; init; }

    /// <summary>Evaluation stage.</summary>
    public PromotionLayer Layer { get; init; } = PromotionLayer.UnitPrice;

    /// <summary>Currency of amount parameters; null when they are only percentages.</summary>
    public string? Currency { get; init; }

    /// <summary>Parameters of <see cref="PromotionKind.DirectCut"/>.</summary>
    public DirectCutParameters? DirectCut { get; init; }

    /// <summary>Parameters of <see cref="PromotionKind.Multibuy"/>.</summary>
    public MultibuyParameters? Multibuy { get; init; }

    /// <summary>Parameters of <see cref="PromotionKind.Bundle"/>.</summary>
    public BundleParameters? Bundle { get; init; }

    /// <summary>Parameters of <see cref="PromotionKind.Threshold"/>.</summary>
    public ThresholdParameters? Threshold { get; init; }

    /// <summary>Parameters of <see cref="PromotionKind.Gift"/>.</summary>
    public GiftParameters? Gift { get; init; }

    /// <summary>Parameters of <see cref="PromotionKind.FlashSale"/>.</summary>
    public FlashSaleParameters? FlashSale { get; init; }

    /// <summary>Parameters of <see cref="PromotionKind.MemberPrice"/>.</summary>
    public MemberPriceParameters? MemberPrice { get; init; }

    /// <summary>Parameters of <see cref="PromotionKind.PresaleDeposit"/>.</summary>
    public PresaleDepositParameters? PresaleDeposit { get; init; }

    /// <summary>Parameters of <see cref="PromotionKind.Coupon"/>.</summary>
    public CouponParameters? Coupon { get; init; }

    /// <summary>True for kinds computed on an eligible subtotal and allocated to lines pro rata (threshold, gift, coupon).</summary>
    public bool IsOrderLevel => Kind is PromotionKind.Threshold or PromotionKind.Gift or PromotionKind.Coupon;

    /// <summary>True when <paramref name="at"/> is within [starts, ends).</summary>
    public bool IsActiveAt(DateTimeOffset at) =>
        at.UtcDateTime >= StartsAt.UtcDateTime && (EndsAt is null || at.UtcDateTime < EndsAt.Value.UtcDateTime);
}
