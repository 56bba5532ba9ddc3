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

    /// <param name="responses">The consistent respondents.</param>
    /// <param name="clampToAnswerRange">
    /// As release 1.3.1: each distribution is n at or above its highest answer and 0 at or below its lowest.
    /// </param>
    public static CumulativeCounts Of(IReadOnlyList<PriceSensitivityResponse> responses, bool clampToAnswerRange)
    {
        var grid = responses.SelectMany(r => new[] { r.TooCheap, r.Cheap, r.Expensive, r.TooExpensive }).Distinct().Order().ToArray();
        var n = responses.Count;
        int[] AtOrBelow(Func<PriceSensitivityResponse, decimal> answer) =>
            CountAtOrBelow(grid, [.. responses.Select(answer).Order()], clampToAnswerRange);
        var tooCheap = AtOrBelow(r => r.TooCheap);
        var cheap = AtOrBelow(r => r.Cheap);
        var expensive = AtOrBelow(r => r.Expensive);
        return new CumulativeCounts(grid, n)
        {
            TooCheap = [.. tooCheap.Select(c => n - c)],
            Cheap = [.. cheap.Select(c => n - c)],
            NotCheap = cheap,
            Expensive = expensive,
            NotExpensive = [.. expensive.Select(c => n - c)],
            TooExpensive = AtOrBelow(r => r.TooExpensive),
        };
    }

    public IReadOnlyList<PriceSensitivityPoint> ToPoints() =>
        [.. Grid.Select((price, i) => new PriceSensitivityPoint(price,
            Share(TooCheap[i]), Share(Cheap[i]), Share(Expensive[i]), Share(TooExpensive[i])))];

    private double Share(int count) => (double)count / Respondents;

    private static int[] CountAtOrBelow(decimal[] grid, decimal[] sortedAnswers, bool clampToAnswerRange)
    {
        var counts = new int[grid.Length];
        var j = 0;
        for (var i = 0; i < grid.Length; i++)
        {
            while (j < sortedAnswers.Length && sortedAnswers[j] <= grid[i])
            {
                j++;
            }
            counts[i] = j;
            // The lower bound wins where both apply, as in the release (it is assigned second).
            if (clampToAnswerRange && grid[i] <= sortedAnswers[0])
            {
                counts[i] = 0;
            }
        }
        return counts;
    }
}
