using Platform.Modules.Core.Funnel;
using Platform.Modules.Core.Settings;

namespace Platform.Modules.Core.Tests.Funnel;

/// <summary>The funnel figures of a cohort, computed by hand.</summary>
public sealed class FunnelCalculatorTests
{
    private static readonly DateTimeOffset From = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Guid CustomerA = Guid.NewGuid();
    private static readonly Guid CustomerB = Guid.NewGuid();

    private static FunnelOpportunity Deal(OpportunityStage stage, decimal amount = 100m, Guid? customer = null, string currency = "CNY", int wonAfterDays = 0, params OpportunityStage[] entered)
    {
        var created = From.AddDays(1);
        var history = new List<(OpportunityStage, DateTimeOffset)> { (OpportunityStage.InitialContact, created) };
        history.AddRange(entered.Select((s, i) => (s, created.AddDays(i + 1))));
        if (stage == OpportunityStage.ClosedWon)
        {
            history.Add((OpportunityStage.ClosedWon, created.AddDays(wonAfterDays)));
        }
        else if (stage == OpportunityStage.ClosedLost)
        {
            history.Add((OpportunityStage.ClosedLost, created.AddDays(30)));
        }
        return new FunnelOpportunity(customer ?? CustomerA, stage, amount, currency, created, history);
    }

    [Fact]
    public void Conversion_per_stage_counts_the_furthest_stage_each_deal_reached_and_rates_it_against_both_benchmarks()
    {
        // 20 deals: 8 reach NeedsConfirmed (40%), 5 Proposal (25%), 2 Negotiation (10%), 1 won (5%).
        var cohort = new List<FunnelOpportunity>();
        cohort.AddRange(Enumerable.Repeat(0, 12).Select(_ => Deal(OpportunityStage.InitialContact)));
        cohort.AddRange(Enumerable.Repeat(0, 3).Select(_ => Deal(OpportunityStage.ClosedLost, entered: [OpportunityStage.NeedsConfirmed])));
        cohort.AddRange(Enumerable.Repeat(0, 3).Select(_ => Deal(OpportunityStage.Proposal, entered: [OpportunityStage.NeedsConfirmed, OpportunityStage.Proposal])));
        cohort.Add(Deal(OpportunityStage.ClosedLost, entered: [OpportunityStage.NeedsConfirmed, OpportunityStage.Proposal, OpportunityStage.Negotiation]));
        cohort.Add(Deal(OpportunityStage.ClosedWon, wonAfterDays: 45)); // skipped stages: a won deal passed them all

        var report = FunnelCalculator.Calculate(cohort, From, To, "CNY", new CoreSettings());

        Assert.Equal([20, 8, 5, 2, 1], report.Stages.Select(s => s.Reached));
        Assert.Equal([100m, 40m, 25m, 10m, 5m], report.Stages.Select(s => s.ConversionPercent));
        Assert.Equal([null, 40m, 62.5m, 40m, 50m], report.Stages.Select(s => s.StepConversionPercent));
        Assert.Equal(["BestPractice", "AboveIndustry", "AboveIndustry", "BelowIndustry", "AboveIndustry"], report.Stages.Select(s => s.Rating));
        Assert.Equal([100m, 60m, 40m, 25m, 15m], report.Stages.Select(s => s.BestPracticePercent));
        Assert.Equal((1, 4, 15), (report.Won, report.Lost, report.Open));
        Assert.Equal(20m, report.WinRatePercent);
        Assert.Equal(45m, report.AverageSalesCycleDays);
    }

    [Fact]
    public void Deal_size_cac_and_ltv_come_from_the_won_deals_in_the_currency_and_the_configured_inputs()
    {
        var settings = new CoreSettings
        {
            FunnelAcquisitionSpendPerMonth = 10_000m, FunnelGrossMarginPercent = 40m, FunnelPurchasesPerCustomerPerYear = 2m, FunnelCustomerLifetimeYears = 3m,
        };
        var cohort = new[]
        {
            Deal(OpportunityStage.ClosedWon, 1_000m, CustomerA, wonAfterDays: 10),
            Deal(OpportunityStage.ClosedWon, 3_000m, CustomerA, wonAfterDays: 20),
            Deal(OpportunityStage.ClosedWon, 9_999m, CustomerB, currency: "USD", wonAfterDays: 30),
            Deal(OpportunityStage.Negotiation, 50_000m),
        };

        var report = FunnelCalculator.Calculate(cohort, From, To, "CNY", settings);

        Assert.Equal(2_000m, report.AverageDealSize); // the USD deal counts as won, not in the CNY average
        Assert.Equal(20m, report.AverageSalesCycleDays);
        Assert.Equal(2, report.WonCustomers);
        var spend = decimal.Round(10_000m * 181m / (365.25m / 12m), 2);
        Assert.Equal(spend, report.AcquisitionSpend);
        Assert.Equal(decimal.Round(spend / 2m, 2), report.CustomerAcquisitionCost);
        Assert.Equal(4_800m, report.CustomerLifetimeValue); // 2,000 × 2 a year × 40% × 3 years
        Assert.Equal(decimal.Round(4_800m / decimal.Round(spend / 2m, 2), 2), report.LifetimeValueToAcquisitionCost);
        Assert.Equal(100m, report.WinRatePercent);
    }

    [Fact]
    public void An_empty_cohort_has_no_rates_but_still_the_benchmarks_and_the_spend()
    {
        var report = FunnelCalculator.Calculate([], From, To, "CNY", new CoreSettings { FunnelIndustryConversion = "50,30,20,10" });

        Assert.Equal(0, report.Opportunities);
        Assert.All(report.Stages, s => Assert.Null(s.ConversionPercent));
        Assert.All(report.Stages, s => Assert.Null(s.Rating));
        Assert.Equal([100m, 50m, 30m, 20m, 10m], report.Stages.Select(s => s.IndustryPercent));
        Assert.Null(report.WinRatePercent);
        Assert.Null(report.AverageDealSize);
        Assert.Null(report.CustomerAcquisitionCost);
        Assert.Null(report.CustomerLifetimeValue);
        Assert.Null(report.LifetimeValueToAcquisitionCost);
        Assert.True(report.AcquisitionSpend > 0m);
        Assert.Equal((15m, 25m), (report.WinRateBenchmarkLowPercent, report.WinRateBenchmarkHighPercent));
    }

    [Fact]
    public void A_deal_lost_at_first_contact_reached_only_the_first_stage()
    {
        var lost = Deal(OpportunityStage.ClosedLost);

        Assert.Equal(OpportunityStage.InitialContact, lost.Furthest);
        Assert.Null(lost.WonAt);
    }
}
