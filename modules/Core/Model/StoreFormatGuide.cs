namespace Platform.Modules.Core.Model;

/// <summary>
/// Typical sales area of each store format (domain seed figures): flagship ≥ 200 m², standard
/// 80–150 m², convenience 30–50 m², experience 100–180 m².
/// </summary>
public static class StoreFormatGuide
{
    /// <summary>The typical area range of a format; <c>Max</c> is null when the format has no upper bound.</summary>
    public static (decimal Min, decimal? Max) AreaRange(StoreFormat format) => format switch
    {
        StoreFormat.Flagship => (200m, null),
        StoreFormat.Standard => (80m, 150m),
        StoreFormat.Convenience => (30m, 50m),
        StoreFormat.Experience => (100m, 180m),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown store format."),
    };

    /// <summary>True when <paramref name="areaSqm"/> lies inside the format's typical range.</summary>
    public static bool IsTypicalArea(StoreFormat format, decimal areaSqm)
    {
        var (min, max) = AreaRange(format);
        return areaSqm >= min && (max is null || areaSqm <= max);
    }
}
