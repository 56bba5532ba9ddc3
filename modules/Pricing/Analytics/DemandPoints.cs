namespace Platform.Modules.Pricing.Analytics;

/// <summary>
/// Turns observations into demand points. Observations with a non-positive price or quantity are dropped
/// (a logarithm needs a positive number) and counted. Observations that share a period and a price are
/// summed into one point (e.g. the order lines of one week at one price); an observation without a period
/// is a point of its own.
/// </summary>
internal static class DemandPoints
{
    public static (IReadOnlyList<DemandPoint> Points, int Dropped) Aggregate(IReadOnlyList<PriceObservation> observations)
    {
        var usable = observations.Where(o => o.Price > 0 && o.Quantity > 0).ToList();
        var dropped = observations.Count - usable.Count;
        var withPeriod = usable.Where(o => o.Period is not null)
            .GroupBy(o => (o.Period, o.Price))
            .Select(g => new DemandPoint(g.Key.Price, g.Sum(o => o.Quantity), g.Key.Period));
        var withoutPeriod = usable.Where(o => o.Period is null).Select(o => new DemandPoint(o.Price, o.Quantity, null));
        return ([.. withPeriod.Concat(withoutPeriod)], dropped);
    }
}
