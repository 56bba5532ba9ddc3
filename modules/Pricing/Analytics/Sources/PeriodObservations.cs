using System.Globalization;

namespace Platform.Modules.Pricing.Analytics.Sources;

/// <summary>
/// One observation per period for one product: the average net unit price weighted by quantity
/// (Σ net price × quantity ÷ Σ quantity, rounded to 4 places) and the total quantity of its sold lines.
/// </summary>
internal static class PeriodObservations
{
    public static List<PriceObservation> Of(IEnumerable<SoldLine> lines, Guid productId, DemandPeriod period) =>
        [.. lines.Where(l => l.ProductId == productId && l.Quantity > 0)
            .GroupBy(l => Label(ChinaTime.DayOf(l.OrderedAt), period))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var quantity = g.Sum(l => (decimal)l.Quantity);
                var price = decimal.Round(g.Sum(l => l.NetPrice * l.Quantity) / quantity, 4, MidpointRounding.AwayFromZero);
                return new PriceObservation(price, quantity, g.Key);
            })];

    /// <summary><c>2026-W14</c> (ISO week-numbering year and week) or <c>2026-04</c>.</summary>
    public static string Label(DateOnly day, DemandPeriod period)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return period == DemandPeriod.Week
            ? string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}")
            : day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }
}
