namespace Platform.Modules.Pricing.Analytics;

/// <summary>
/// The Van Westendorp curves on the price grid as counts of respondents (share = count ÷ respondents),
/// so that curves can be compared exactly.
/// </summary>
internal sealed class CumulativeCounts
{
    private CumulativeCounts(decimal[] grid, int respondents)
    {
        Grid = grid;
        Respondents = respondents;
    }

    public decimal[] Grid { get; }
    public int Respondents { get; }
    public int[] TooCheap { get; private init; } = [];
    public int[] Cheap { get; private init; } = [];
    public int[] NotCheap { get; private init; } = [];
    public int[] Expensive { get; private init; } = [];
    public int[] NotExpensive { get; private init; } = [];
    public int[] TooExpensive { get; private init; } = [];

    public static CumulativeCounts Of(IReadOnlyList<PriceSensitivityResponse> responses)
    {
        var grid = responses.SelectMany(r => new[] { r.TooCheap, r.Cheap, r.Expensive, r.TooExpensive }).Distinct().Order().ToArray();
        var n = responses.Count;
        var atOrBelowTooCheap = AtOrBelow(grid, responses.Select(r => r.TooCheap));
        var atOrBelowCheap = AtOrBelow(grid, responses.Select(r => r.Cheap));
        var atOrBelowExpensive = AtOrBelow(grid, responses.Select(r => r.Expensive));
        return new CumulativeCounts(grid, n)
        {
            TooCheap = [.. atOrBelowTooCheap.Select(c => n - c)],
            Cheap = [.. atOrBelowCheap.Select(c => n - c)],
            NotCheap = atOrBelowCheap,
            Expensive = atOrBelowExpensive,
            NotExpensive = [.. atOrBelowExpensive.Select(c => n - c)],
            TooExpensive = AtOrBelow(grid, responses.Select(r => r.TooExpensive)),
        };
    }

    /// <summary>
    /// The price where <paramref name="first"/> meets <paramref name="second"/>: the first grid price with
    /// first ≥ second, or, by <paramref name="method"/>, one of the grid prices with the very same two counts.
    /// At the top of the grid every reversed curve is 0 and every other 1, so a meeting always exists.
    /// </summary>
    public decimal Intersection(int[] first, int[] second, IntersectionMethod method)
    {
        var at = FirstAtLeast(first, second);
        var tied = Enumerable.Range(0, Grid.Length)
            .Where(i => first[i] == first[at] && second[i] == second[at])
            .Select(i => Grid[i])
            .ToList();
        return method switch
        {
            IntersectionMethod.Min => tied.Min(),
            IntersectionMethod.Max => tied.Max(),
            IntersectionMethod.Mean => tied.Average(),
            IntersectionMethod.Median => Median(tied),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown intersection method."),
        };
    }

    public IReadOnlyList<PriceSensitivityPoint> ToPoints() =>
        [.. Grid.Select((price, i) => new PriceSensitivityPoint(price,
            Share(TooCheap[i]), Share(Cheap[i]), Share(Expensive[i]), Share(TooExpensive[i])))];

    private double Share(int count) => (double)count / Respondents;

    private int FirstAtLeast(int[] first, int[] second)
    {
        for (var i = 0; i < Grid.Length; i++)
        {
            if (first[i] >= second[i])
            {
                return i;
            }
        }
        throw new InvalidOperationException("The curves do not meet on the price grid.");
    }

    private static int[] AtOrBelow(decimal[] grid, IEnumerable<decimal> answers)
    {
        var sorted = answers.Order().ToArray();
        var counts = new int[grid.Length];
        var j = 0;
        for (var i = 0; i < grid.Length; i++)
        {
            while (j < sorted.Length && sorted[j] <= grid[i])
            {
                j++;
            }
            counts[i] = j;
        }
        return counts;
    }

    private static decimal Median(List<decimal> sortedPrices)
    {
        var middle = sortedPrices.Count / 2;
        return sortedPrices.Count % 2 == 1 ? sortedPrices[middle] : (sortedPrices[middle - 1] + sortedPrices[middle]) / 2;
    }
}
