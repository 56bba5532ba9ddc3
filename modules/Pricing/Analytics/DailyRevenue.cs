namespace Platform.Modules.Pricing.Analytics;

/// <summary>
/// Revenue (after discounts) of the promotion's scope on one day, and optionally its gross margin. Entries for the
/// same day are added up; a day without an entry had no sales.
/// </summary>
internal sealed record DailyRevenue(DateOnly Day, decimal Revenue, decimal? GrossMargin = null);
