namespace Platform.Modules.Pricing.Analytics;

/// <summary>
/// Where two curves meet under <see cref="PsmDefinition.Release131"/>: wherever the sign of first − second changes
/// between neighbouring grid prices (a step to or from zero counts), at the price where the straight line between
/// the two differences crosses zero. The method picks among those prices; median, which that release does not
/// handle, falls back to its default, the minimum.
/// </summary>
internal static class InterpolatedIntersection
{
    public static decimal? Find(decimal[] grid, int[] first, int[] second, IntersectionMethod method)
    {
        var crossings = new List<decimal>();
        for (var i = 0; i + 1 < grid.Length; i++)
        {
            decimal d1 = first[i] - second[i];
            decimal d2 = first[i + 1] - second[i + 1];
            if (Math.Sign(d1) != Math.Sign(d2))
            {
                crossings.Add(grid[i] - (d1 * (grid[i + 1] - grid[i]) / (d2 - d1)));
            }
        }
        if (crossings.Count == 0)
        {
            return null;
        }
        return method switch
        {
            IntersectionMethod.Max => crossings.Max(),
            IntersectionMethod.Mean => crossings.Average(),
            IntersectionMethod.Min or IntersectionMethod.Median => crossings.Min(),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown intersection method."),
        };
    }
}
