namespace Platform.Modules.Pricing.Engine.Prices;

/// <summary>A list of unit prices in one currency for one scope and period.</summary>
/// <param name="Id">Stable id; the last tie-break when two lists are equally specific and equally prioritised.</param>
/// <param name="Name">Display name.</param>
/// <param name="Scope">Channel / customer group / region / store it applies to.</param>
/// <param name="Currency">ISO currency code of its prices.</param>
/// <param name="EffectiveFrom">Start (inclusive, UTC); null = always.</param>
/// <param name="EffectiveTo">End (exclusive, UTC); null = open-ended.</param>
/// <param name="Priority">Higher wins among equally specific lists.</param>
/// <param name="Items">Unit price per product id.</param>
public sealed record PriceList(
    string Id,
    string Name,
    PriceScope Scope,
    string Currency,
    DateTimeOffset? EffectiveFrom,
    DateTimeOffset? EffectiveTo,
    int Priority,
    IReadOnlyDictionary<string, decimal> Items)
{
    /// <summary>True when <paramref name="at"/> is within [from, to).</summary>
    public bool IsEffectiveAt(DateTimeOffset at) =>
        (EffectiveFrom is null || at.UtcDateTime >= EffectiveFrom.Value.UtcDateTime) &&
        (EffectiveTo is null || at.UtcDateTime < EffectiveTo.Value.UtcDateTime);
}
