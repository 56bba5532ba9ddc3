namespace Platform.Modules.Pricing.Engine.Money;

/// <summary>
/// Splits an amount of minor units into whole-unit parts that sum exactly to it: largest remainder. Each part
/// is first its exact share truncated to a whole unit; the units left over go one each to the parts with the
/// largest remainder, ties to the lowest line index. Integer arithmetic throughout: exact remainders, and far
/// cheaper than <see cref="decimal"/> division.
/// </summary>
internal static class ProRataAllocator
{
    /// <summary>
    /// Adds to <paramref name="parts"/> the split of <paramref name="amount"/> (≥ 0, at most the weights' sum)
    /// pro rata to <paramref name="weights"/> (≥ 0) at the positions <paramref name="indexes"/>.
    /// </summary>
    public static void Allocate(long amount, ReadOnlySpan<long> weights, ReadOnlySpan<int> indexes, Span<long> parts)
    {
        if (amount == 0 || indexes.Length == 0)
        {
            return;
        }
        if (indexes.Length == 1)
        {
            parts[indexes[0]] += amount;
            return;
        }
        long total = 0;
        foreach (var i in indexes)
        {
            total += weights[i];
        }
        if (total <= 0)
        {
            return;
        }
        Span<long> remainders = indexes.Length <= 64 ? stackalloc long[indexes.Length] : new long[indexes.Length];
        long given = 0;
        // 64-bit division is slow; a reciprocal estimate off by at most one, corrected exactly, is not.
        var reciprocal = 1.0 / total;
        for (var k = 0; k < indexes.Length; k++)
        {
            var weight = weights[indexes[k]];
            long share;
            if (amount <= int.MaxValue && weight <= int.MaxValue)
            {
                var product = amount * weight;
                share = (long)(product * reciprocal);
                var remainder = product - share * total;
                while (remainder < 0)
                {
                    share--;
                    remainder += total;
                }
                while (remainder >= total)
                {
                    share++;
                    remainder -= total;
                }
                remainders[k] = remainder;
            }
            else
            {
                var (quotient, remainder) = Int128.DivRem((Int128)amount * weight, total);
                (share, remainders[k]) = ((long)quotient, (long)remainder);
            }
            given += share;
            parts[indexes[k]] += share;
        }
        DistributeLeftOver(amount - given, remainders, indexes, parts);
    }

    /// <summary>
    /// Rounds exact per-line amounts in minor units (at <paramref name="indexes"/> of <paramref name="exact"/>, ≥ 0)
    /// into whole units in <paramref name="parts"/> that sum to the rounded total; returns that total.
    /// </summary>
    public static long Apportion(ReadOnlySpan<decimal> exact, ReadOnlySpan<int> indexes, Span<long> parts, CurrencyRounding rounding)
    {
        var exactTotal = 0m;
        foreach (var i in indexes)
        {
            exactTotal += exact[i];
        }
        var total = rounding.RoundUnits(exactTotal);
        Span<long> remainders = indexes.Length <= 64 ? stackalloc long[indexes.Length] : new long[indexes.Length];
        long given = 0;
        for (var k = 0; k < indexes.Length; k++)
        {
            var value = exact[indexes[k]];
            var whole = decimal.Truncate(value);
            var part = decimal.ToInt64(whole);
            parts[indexes[k]] = part;
            given += part;
            // Remainders ranked at a millionth of a unit: fine enough to order them.
            remainders[k] = decimal.ToInt64((value - whole) * 1_000_000m);
        }
        DistributeLeftOver(total - given, remainders, indexes, parts);
        return total;
    }

    private static void DistributeLeftOver(long left, Span<long> remainders, ReadOnlySpan<int> indexes, Span<long> parts)
    {
        if (left <= 0)
        {
            return;
        }
        // Positions by remainder, largest first; a stable insertion keeps the lower index first on ties.
        Span<int> order = indexes.Length <= 64 ? stackalloc int[indexes.Length] : new int[indexes.Length];
        for (var k = 0; k < indexes.Length; k++)
        {
            var at = k;
            while (at > 0 && remainders[order[at - 1]] < remainders[k])
            {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = k;
        }
        for (var t = 0; t < left; t++)
        {
            parts[indexes[order[t]]]++;
        }
    }
}
