namespace Platform.Modules.Core.Seed;

/// <summary>
/// The promotion calendar of the demo orders (domain seed): Spring Festival in January–February,
/// 618 in June, the pre-Double-11 presale in October, Double 11 and Double 12 in November–December.
/// </summary>
internal static class Seasonality
{
    private static readonly double[] RawWeights = [1.30, 1.15, 0.85, 0.90, 1.00, 1.55, 0.85, 0.90, 0.95, 1.10, 1.80, 1.25];
    private static readonly double MeanWeight = RawWeights.Average();

    /// <summary>Order volume of a month relative to an average month (the twelve factors average 1.0).</summary>
    public static double Factor(int month) => RawWeights[month - 1] / MeanWeight;

    /// <summary>True for months with a shopping festival, when promotions deepen discounts.</summary>
    public static bool IsPromotionMonth(int month) => month is 1 or 2 or 6 or 11 or 12;

    /// <summary>The festival day of a month that concentrates orders (18 June, 11 November, 12 December), if any.</summary>
    public static int? PeakDay(int month) => month switch
    {
        6 => 18,
        11 => 11,
        12 => 12,
        _ => null,
    };
}
