namespace Platform.Modules.Pricing.Engine.Explanation;

/// <summary>Why a considered promotion did not apply (machine-readable; the text says it for people).</summary>
public enum NotAppliedReason
{
    /// <summary>The quote's moment is outside the promotion's window.</summary>
    OutsideWindow,

    /// <summary>The promotion's amounts are in another currency.</summary>
    CurrencyMismatch,

    /// <summary>Not for this sales channel.</summary>
    ChannelNotApplicable,

    /// <summary>Not for this customer group.</summary>
    CustomerGroupNotApplicable,

    /// <summary>Not for this customer's member tier.</summary>
    CustomerTierNotApplicable,

    /// <summary>Not for this region.</summary>
    RegionNotApplicable,

    /// <summary>Not for this store.</summary>
    StoreNotApplicable,

    /// <summary>The eligible subtotal is below the threshold (see the missing amount).</summary>
    ThresholdNotMet,

    /// <summary>Not enough eligible units for one group (see the missing quantity).</summary>
    QuantityNotMet,

    /// <summary>An exclusive promotion applies on these lines or on the whole order (see by).</summary>
    ExcludedByExclusive,

    /// <summary>Another best-price promotion in the same layer is better for the customer on these lines (see by).</summary>
    BeatenByBestPrice,

    /// <summary>An exclusive promotion whose alternative was evaluated and costs the customer more than the one applied.</summary>
    BetterDealWithout,

    /// <summary>The customer's flash-sale quantity limit is used up.</summary>
    LimitReached,

    /// <summary>The flash sale's reserved stock is exhausted.</summary>
    StockExhausted,

    /// <summary>The caller supplied no usage/stock figures for the flash sale, so it cannot be granted.</summary>
    StockUnknown,

    /// <summary>The presale deposit was not paid.</summary>
    DepositNotPaid,

    /// <summary>Applicable but worth nothing on these lines (e.g. a special price above the current price).</summary>
    NoDiscount,
}
