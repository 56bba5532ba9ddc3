namespace Platform.Modules.Pricing.Engine.Money;

/// <summary>
/// Splits an amount over weights so the parts are on the currency's grid and sum exactly to the amount:
/// largest remainder. Each part is first the exact share truncated to the currency unit; the units left over
/// go one each to the parts with the largest truncated remainder, ties to the lowest index.
/// </summary>
internal static class ProRataAllocator
{
    /// <summary>
    /// Splits <paramref name="amount"/> (on the grid, ≥ 0) over <paramref name="weights"/> (≥ 0) at the
    /// positions <paramref name="indexes"/>, writing the parts into <paramref name="parts"/> (zeroed elsewhere by the caller).
    /// </summary>
    public static void Allocate(decimal amount, ReadOnlySpan<decimal> weights, ReadOnlySpan<int> indexes, Span<decimal> parts, CurrencyRounding rounding)
    {
        if (amount == 0m || indexes.Length == 0)
        {
            return;
        }
        var total = 0m;
        foreach (var i in indexes)
        {
            total += weights[i];
        }
        if (total <= 0m)
        {
            return;
        }
        if (indexes.Length == 1)
        {
            parts[indexes[0]] += amount;
            return;
        }
        Span<decimal> remainders = indexes.Length <= 64 ? stackalloc decimal[indexes.Length] : new decimal[indexes.Length];
        var allocated = 0m;
        for (var k = 0; k < indexes.Length; k++)
        {
            var exact = amount * weights[indexes[k]] / total;
            var part = rounding.Truncate(exact);
            parts[indexes[k]] += part;
            remainders[k] = exact - part;
            allocated += part;
        }
        var unit = rounding.Unit;
        var left = (int)((amount - allocated) / unit);
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
            remainders[best] = -1m;
            left--;
        }
    }
}
