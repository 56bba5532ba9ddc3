using Platform.Modules.Core.Model;
using Platform.Modules.Core.Settings;

namespace Platform.Modules.Core.Funnel;

/// <summary>The funnel KPIs of a cohort of opportunities; pure (no I/O), so every figure is unit-tested.</summary>
public static class FunnelCalculator
{
    /// <summary>The stages a deal passes through, in order; the benchmarks give the share reaching each.</summary>
    public static readonly OpportunityStage[] Progression =
        [OpportunityStage.InitialContact, OpportunityStage.NeedsConfirmed, OpportunityStage.Proposal, OpportunityStage.Negotiation, OpportunityStage.ClosedWon];

    private const decimal DaysPerMonth = 365.25m / 12m;

    /// <summary>The report of <paramref name="cohort"/> created in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static FunnelReport Calculate(
        IReadOnlyCollection<FunnelOpportunity> cohort, DateTimeOffset from, DateTimeOffset to, string currency, CoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(settings);
        var industry = StageConversions.Parse(settings.FunnelIndustryConversion);
        var best = StageConversions.Parse(settings.FunnelBestPracticeConversion);
        var furthest = cohort.Select(o => o.Furthest).ToList();
        var stages = new List<FunnelStage>();
        int? previous = null;
        for (var i = 0; i < Progression.Length; i++)
        {
            var reached = furthest.Count(f => f >= Progression[i]);
            var conversion = Percent(reached, cohort.Count);
            stages.Add(new FunnelStage
            {
                Stage = Progression[i].ToString(),
                Reached = reached,
                ConversionPercent = conversion,
                StepConversionPercent = previous is { } before ? Percent(reached, before) : null,
                IndustryPercent = i == 0 ? 100m : industry[i - 1],
                BestPracticePercent = i == 0 ? 100m : best[i - 1],
                Rating = conversion is not { } c ? null
                    : c >= (i == 0 ? 100m : best[i - 1]) ? "BestPractice"
                    : c >= (i == 0 ? 100m : industry[i - 1]) ? "AboveIndustry"
                    : "BelowIndustry",
            });
            previous = reached;
        }
        var won = cohort.Where(o => o.Stage == OpportunityStage.ClosedWon).ToList();
        var lost = cohort.Count(o => o.Stage == OpportunityStage.ClosedLost);
        var wonInCurrency = won.Where(o => string.Equals(o.Currency, currency, StringComparison.OrdinalIgnoreCase)).ToList();
        decimal? averageDeal = wonInCurrency.Count == 0 ? null : Round(wonInCurrency.Average(o => o.Amount));
        var wonCustomers = won.Select(o => o.CustomerId).Distinct().Count();
        var months = (decimal)(to - from).TotalDays / DaysPerMonth;
        var spend = Round(settings.FunnelAcquisitionSpendPerMonth * months);
        decimal? cac = wonCustomers == 0 ? null : Round(spend / wonCustomers);
        decimal? ltv = averageDeal is { } deal
            ? Round(deal * settings.FunnelPurchasesPerCustomerPerYear * settings.FunnelGrossMarginPercent / 100m * settings.FunnelCustomerLifetimeYears)
            : null;
        return new FunnelReport
        {
            From = from,
            To = to,
            Currency = currency,
            Opportunities = cohort.Count,
            Stages = stages,
            Won = won.Count,
            Lost = lost,
            Open = cohort.Count - won.Count - lost,
            WinRatePercent = Percent(won.Count, won.Count + lost),
            WinRateBenchmarkLowPercent = settings.FunnelWinRateLowPercent,
            WinRateBenchmarkHighPercent = settings.FunnelWinRateHighPercent,
            AverageDealSize = averageDeal,
            AverageSalesCycleDays = won.Count == 0 ? null : Round((decimal)won.Average(o => (o.WonAt!.Value - o.CreatedAt).TotalDays)),
            WonCustomers = wonCustomers,
            AcquisitionSpend = spend,
            CustomerAcquisitionCost = cac,
            CustomerLifetimeValue = ltv,
            LifetimeValueToAcquisitionCost = ltv is { } l && cac is { } a && a > 0 ? Round(l / a) : null,
        };
    }

    private static decimal? Percent(int part, int whole) => whole == 0 ? null : Round(100m * part / whole);

    private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}
