namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>
/// Deals on groups of units drawn from several lines (multibuy, bundles). Units are sorted from the most to
/// the least expensive (ties: lower line index first) and cut into consecutive groups; this gives the
/// customer the best deal: for "cheapest M of each group" it discounts the most expensive units that can
/// be the cheapest of a group, for a group price or percentage it uses the most expensive units.
/// Amounts are in minor units, exact (not rounded) per line; the caller rounds and allocates.
/// </summary>
internal static class UnitGroupDeals
{
    public readonly record struct Run(int Line, decimal Unit, int Count);

    public static Run[] Runs(int[] lines, long[] basis, int[] quantities, out int totalUnits)
    {
        var runs = new Run[lines.Length];
        totalUnits = 0;
        for (var k = 0; k < lines.Length; k++)
        {
            var line = lines[k];
            runs[k] = new Run(line, quantities[line] == 1 ? basis[line] : (decimal)basis[line] / quantities[line], quantities[line]);
            totalUnits += quantities[line];
        }
        Array.Sort(runs, static (a, b) => a.Unit != b.Unit ? b.Unit.CompareTo(a.Unit) : a.Line.CompareTo(b.Line));
        return runs;
    }

    /// <summary>In each full group of <paramref name="groupSize"/> units, the <paramref name="discounted"/> cheapest get <paramref name="percent"/>% off.</summary>
    public static void CheapestInGroups(Run[] runs, int totalUnits, int groupSize, int discounted, decimal percent, decimal[] exact)
    {
        var fullUnits = totalUnits / groupSize * groupSize;
        var paid = groupSize - discounted;
        long DiscountedBefore(long position) => position / groupSize * discounted + Math.Max(0, position % groupSize - paid);
        var position = 0;
        foreach (var run in runs)
        {
            var end = Math.Min(position + run.Count, fullUnits);
            if (end > position)
            {
                var count = DiscountedBefore(end) - DiscountedBefore(position);
                exact[run.Line] += count * run.Unit * percent * 0.01m;
            }
            position += run.Count;
        }
    }

    /// <summary>Every unit of the full groups (the most expensive units) gets <paramref name="percent"/>% off.</summary>
    public static void AllInGroups(Run[] runs, int totalUnits, int groupSize, decimal percent, decimal[] exact)
    {
        var left = totalUnits / groupSize * groupSize;
        foreach (var run in runs)
        {
            var count = Math.Min(left, run.Count);
            if (count <= 0)
            {
                break;
            }
            exact[run.Line] += count * run.Unit * percent * 0.01m;
            left -= count;
        }
    }

    /// <summary>Each full group of <paramref name="groupSize"/> units costs <paramref name="price"/>; a group's saving is shared by its units' value.</summary>
    public static void GroupPrice(Run[] runs, int totalUnits, int groupSize, decimal price, decimal[] exact)
    {
        var groups = totalUnits / groupSize;
        var runIndex = 0;
        var usedInRun = 0;
        var sliceBuffer = new (int Line, decimal Unit, int Count)[Math.Min(groupSize, runs.Length)];
        for (var g = 0; g < groups; g++)
        {
            var need = groupSize;
            var sliceCount = 0;
            var sum = 0m;
            while (need > 0)
            {
                var run = runs[runIndex];
                var take = Math.Min(need, run.Count - usedInRun);
                sliceBuffer[sliceCount++] = (run.Line, run.Unit, take);
                sum += take * run.Unit;
                need -= take;
                usedInRun += take;
                if (usedInRun == run.Count)
                {
                    runIndex++;
                    usedInRun = 0;
                }
            }
            var saving = sum - price;
            if (saving <= 0m)
            {
                continue;
            }
            for (var s = 0; s < sliceCount; s++)
            {
                var (line, unit, count) = sliceBuffer[s];
                exact[line] += saving * unit * count / sum;
            }
        }
    }
}
