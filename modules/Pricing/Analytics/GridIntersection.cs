namespace Platform.Modules.Pricing.Analytics;

/// <summary>
/// Where two curves meet under <see cref="PsmDefinition.Classic"/>: the first grid price with first ≥ second; the
/// method then picks among the grid prices that carry the very same pair of counts. At the top of the grid every
/// reversed curve is 0 and every other one full, so with consistent respondents a meeting always exists.
/// </summary>
internal static class GridIntersection
{
    public static decimal? Find(decimal[] grid, int[] first, int[] second, IntersectionMethod method)
    {
        var at = FirstAtLeast(first, second);
        if (at < 0)
        {
            return null;
        }
        var tied = Enumerable.Range(0, grid.Length)
            .Where(i => first[i] == first[at] && second[i] == second[at])
            .Select(i => grid[i])
            .ToList();
        return method switch
        {
            IntersectionMethod.Min => tied[0],
            IntersectionMethod.Max => tied[^1],
            IntersectionMethod.Mean => tied.Average(),
            IntersectionMethod.Median => tied.Count % 2 == 1 ? tied[tied.Count / 2] : (tied[(tied.Count / 2) - 1] + tied[tied.Count / 2]) / 2,
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown intersection method."),
        };
    }

    private static int FirstAtLeast(int[] first, int[] second)
    {
        for (var i = 0; i < first.Length; i++)
        {
            if (first[i] >= second[i])
            {
                return i;
            }
        }
        return -1;
    }
}
