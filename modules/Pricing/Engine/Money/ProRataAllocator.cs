namespace Platform.Modules.Pricing.Engine.Money;

/// <summary>
/// Splits an amount into parts on the currency's grid that sum exactly to it: largest remainder. Each part
/// is first its exact share truncated to the currency unit; the units left over go one each to the parts
/// with the largest truncated remainder, ties to the lowest line index. Pro-rata shares are computed in
/// integer minor units (exact remainders, and far cheaper than <see cref="decimal"/> division).
/// </summary>
internal static class ProRataAllocator
{
    /// <summary>
    /// Adds to <paramref name="parts"/> the split of <paramref name="amount"/> (on the grid, ≥ 0, at most the
    /// weights' sum) pro rata to <paramref name="weights"/> (on the grid, ≥ 0) at the positions <paramref name="indexes"/>.
    /// </summary>
    public static void Allocate(decimal amount, ReadOnlySpan<decimal> weights, ReadOnlySpan<int> indexes, Span<decimal> parts, CurrencyRounding rounding)
    {
        if (amount == 0m || indexes.Length == 0)
        {
            return;
        }
        if (indexes.Length == 1)
        {
            parts[indexes[0]] += amount;
            return;
        }
        var scale = rounding.Scale;
        var unit = rounding.Unit;
        Span<long> units = indexes.Length <= 64 ? stackalloc long[indexes.Length] : new long[indexes.Length];
        long total = 0;
        for (var k = 0; k < indexes.Length; k++)
        {
            units[k] = decimal.ToInt64(weights[indexes[k]] * scale);
            total += units[k];
        }
        if (total <= 0)
        {
            return;
        }
        var toSplit = decimal.ToInt64(amount * scale);
        Span<long> remainders = indexes.Length <= 64 ? stackalloc long[indexes.Length] : new long[indexes.Length];
        long given = 0;
        for (var k = 0; k < indexes.Length; k++)
        {
            long share;
            if (toSplit <= int.MaxValue && units[k] <= int.MaxValue)
            {
                share = Math.DivRem(toSplit * units[k], total, out remainders[k]);
            }
            else
            {
                var (quotient, remainder) = Int128.DivRem((Int128)toSplit * units[k], total);
                (share, remainders[k]) = ((long)quotient, (long)remainder);
            }
            given += share;
            parts[indexes[k]] += share * unit;
        }
        DistributeLeftOver(toSplit - given, remainders, indexes, parts, unit);
    }

    /// <summary>
    /// Rounds exact per-line amounts (at <paramref name="indexes"/> of <paramref name="exact"/>) into
    /// <paramref name="parts"/> so they sum to the rounded total of the exact amounts, by largest remainder.
    /// </summary>
    public static decimal Apportion(ReadOnlySpan<decimal> exact, ReadOnlySpan<int> indexes, Span<decimal> parts, CurrencyRounding rounding)
    {
        var exactTotal = 0m;
        foreach (var i in indexes)
        {
            exactTotal += exact[i];
        }
        var total = rounding.Round(exactTotal);
        var scale = rounding.Scale;
        Span<long> remainders = indexes.Length <= 64 ? stackalloc long[indexes.Length] : new long[indexes.Length];
        var given = 0m;
        for (var k = 0; k < indexes.Length; k++)
        {
            var part = rounding.Truncate(exact[indexes[k]]);
            parts[indexes[k]] = part;
            given += part;
            // Remainders compared at a fixed fine resolution (a millionth of a unit) are enough to rank them.
            remainders[k] = decimal.ToInt64((exact[indexes[k]] - part) * scale * 1_000_000m);
        }
        DistributeLeftOver(decimal.ToInt64((total - given) * scale), remainders, indexes, parts, rounding.Unit);
        return total;
    }

    private static void DistributeLeftOver(long left, Span<long> remainders, ReadOnlySpan<int> indexes, Span<decimal> parts, decimal unit)
    {
        while (left > 0)
        {
            var best = 0;
            for (var k = 1; k < indexes.Length; k++)
            {
                if (remainders[k] > remainders[best])
                {
                    best = k;
                }
            }
            parts[indexes[best]] += unit;
            remainders[best] = -1;
            left--;
        }
    }
}
