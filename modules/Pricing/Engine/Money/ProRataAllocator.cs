using Platform.Sdk.Monetary;

namespace Platform.Modules.Pricing.Engine.Money;

/// <summary>
/// The engine's pro-rata allocation of order discounts to lines: the SDK's <see cref="LargestRemainder"/>
/// (exact shares truncated to whole minor units, left-over units to the largest remainders, ties to the lowest line).
/// </summary>
internal static class ProRataAllocator
{
    /// <summary>
    /// Adds to <paramref name="parts"/> the split of <paramref name="amount"/> (≥ 0, at most the weights' sum)
    /// pro rata to <paramref name="weights"/> (≥ 0) at the positions <paramref name="indexes"/>.
    /// </summary>
    public static void Allocate(long amount, ReadOnlySpan<long> weights, ReadOnlySpan<int> indexes, Span<long> parts) =>
        LargestRemainder.Allocate(amount, weights, indexes, parts);

    /// <summary>
    /// Rounds exact per-line amounts in minor units (at <paramref name="indexes"/> of <paramref name="exact"/>, ≥ 0)
    /// into whole units in <paramref name="parts"/> that sum to the rounded total; returns that total.
    /// </summary>
    public static long Apportion(ReadOnlySpan<decimal> exact, ReadOnlySpan<int> indexes, Span<long> parts, CurrencyRounding rounding) =>
        LargestRemainder.Apportion(exact, indexes, parts, rounding.Rule);
}
