namespace Platform.Sdk.Monetary;

/// <summary>
/// Splits an amount into parts pro rata to weights so that the parts sum exactly to it: largest remainder.
/// Each part is first its exact share truncated to a whole minor unit; the units left over go one each to
/// the parts with the largest remainder, ties to the lowest position. (Pricing allocates order discounts to
/// lines this way.) The span overloads work on minor units with integer arithmetic and allocate nothing
/// for up to 64 parts; the <see cref="decimal"/> overload is the convenient form.
/// </summary>
public static class LargestRemainder
{
    /// <summary>
    /// Splits <paramref name="amount"/> (rounded by <paramref name="rounding"/> first) pro rata to
    /// <paramref name="weights"/> (≥ 0, at least one above zero) into amounts on the currency's grid that sum
    /// exactly to the rounded amount. A negative amount is split as its absolute value and negated.
    /// </summary>
    /// <exception cref="ArgumentException">No weights, a negative weight, or every weight zero.</exception>
    /// <exception cref="MoneyOverflowException">The amount exceeds the minor-unit bound.</exception>
    public static decimal[] Allocate(decimal amount, IReadOnlyList<decimal> weights, MoneyRounding rounding)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0)
        {
            throw new ArgumentException("Allocation needs at least one weight.", nameof(weights));
        }
        var total = 0m;
        foreach (var weight in weights)
        {
            if (weight < 0)
            {
                throw new ArgumentException($"Weight {weight} is negative; weights must be zero or more.", nameof(weights));
            }
            total += weight;
        }
        if (total == 0)
        {
            throw new ArgumentException("Every weight is zero: there is nothing to allocate pro rata to.", nameof(weights));
        }
        var units = rounding.ToMinorUnits(amount);
        var magnitude = Math.Abs(units);
        var parts = new long[weights.Count];
        var remainders = new decimal[weights.Count];
        long given = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            // Share computed as units × (weight / total): never overflows, and exact enough to rank remainders.
            var exact = magnitude * (weights[i] / total);
            var whole = decimal.Floor(exact);
            parts[i] = decimal.ToInt64(whole);
            remainders[i] = exact - whole;
            given += parts[i];
        }
        var order = Enumerable.Range(0, parts.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToArray();
        for (long left = magnitude - given, t = 0; left > 0; left--, t++)
        {
            parts[order[t % order.Length]]++;
        }
        // A share a hair below a whole unit can round up in decimal division; take such units back, smallest remainder first.
        for (long excess = given - magnitude, t = order.Length - 1; excess > 0; t--)
        {
            if (parts[order[t]] > 0)
            {
                parts[order[t]]--;
                excess--;
            }
        }
        var sign = units < 0 ? -1 : 1;
        return [.. parts.Select(p => rounding.FromMinorUnits(sign * p))];
    }

    /// <summary>
    /// Adds to <paramref name="parts"/> the split of <paramref name="amount"/> minor units (≥ 0) pro rata to
    /// <paramref name="weights"/> (≥ 0) at the positions <paramref name="indexes"/>. Nothing is added when the
    /// weights at those positions sum to zero.
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
    /// Rounds exact per-position amounts in minor units (at <paramref name="indexes"/> of <paramref name="exact"/>, ≥ 0)
    /// into whole units in <paramref name="parts"/> that sum to the total rounded by <paramref name="rounding"/>;
    /// returns that total. Each part is its exact amount truncated, plus one unit for the largest fractions.
    /// </summary>
    public static long Apportion(ReadOnlySpan<decimal> exact, ReadOnlySpan<int> indexes, Span<long> parts, MoneyRounding rounding)
    {
        var exactTotal = 0m;
        foreach (var i in indexes)
        {
            exactTotal += exact[i];
        }
        var total = rounding.RoundMinorUnits(exactTotal);
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
