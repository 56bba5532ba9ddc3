using Platform.Modules.Core.Funnel;
using Platform.Modules.Core.Seed;
using Platform.Modules.Core.Settings;

namespace Platform.Modules.Core.Tests.Funnel;

/// <summary>The demo funnel: its size, a history consistent with each stage, and conversions between the two benchmarks.</summary>
public sealed class OpportunitySeederTests
{
    private static readonly DateTimeOffset Now = new(2025, 12, 20, 4, 0, 0, TimeSpan.Zero);
    private static readonly CoreSettings Settings = new();
    private static readonly Lazy<DemoData> Data = new(() => CoreDemoSeeder.Build(Settings, Now));

    [Fact]
    public void The_demo_has_the_configured_number_of_opportunities_with_business_customers()
    {
        var data = Data.Value;
        var consumers = data.Customers.Where(c => c.CustomerType == CustomerType.Consumer).Select(c => c.Id).ToHashSet();

        Assert.Equal(600, data.Opportunities.Count);
        Assert.DoesNotContain(data.Opportunities, o => consumers.Contains(o.CustomerId));
        Assert.All(data.Opportunities, o => Assert.InRange(o.Amount, 20_000m, 2_000_000m));
        Assert.InRange(data.Opportunities.Count(o => o.PartnerId is not null), 100, 200);
    }

    [Fact]
    public void Every_history_starts_at_creation_chains_its_stages_ends_at_the_current_stage_and_is_not_in_the_future()
    {
        foreach (var o in Data.Value.Opportunities)
        {
            var history = o.StageHistory;
            Assert.Equal((null, OpportunityStage.InitialContact, o.CreatedAt), (history[0].FromStage, history[0].ToStage, history[0].ChangedAt));
            Assert.Equal(o.Stage, history[^1].ToStage);
            for (var i = 1; i < history.Count; i++)
            {
                Assert.Equal(history[i - 1].ToStage, history[i].FromStage);
                Assert.True(history[i].ChangedAt > history[i - 1].ChangedAt);
            }
            Assert.True(history[^1].ChangedAt <= Now);
            Assert.True(o.CreatedAt >= Now.AddMonths(-12).AddDays(-1));
        }
    }

    [Fact]
    public void The_funnel_of_the_closed_cohort_lies_between_the_industry_and_the_best_practice_benchmarks()
    {
        // Deals created at least four months ago have had time to run through the funnel.
        var old = Data.Value.Opportunities.Where(o => o.CreatedAt < Now.AddMonths(-4)).ToList();
        var cohort = old.ConvertAll(o => new FunnelOpportunity(o.CustomerId, o.Stage, o.Amount, o.Currency, o.CreatedAt,
            o.StageHistory.Select(h => (h.ToStage, h.ChangedAt)).ToList()));

        var report = FunnelCalculator.Calculate(cohort, Now.AddMonths(-12), Now.AddMonths(-4), "CNY", Settings);

        Assert.True(old.Count > 300, $"{old.Count} old deals");
        Assert.All(report.Stages.Skip(1), s => Assert.InRange(s.ConversionPercent!.Value, s.IndustryPercent, s.BestPracticePercent));
        Assert.InRange(report.WinRatePercent!.Value, 10m, 25m);
        Assert.InRange(report.AverageSalesCycleDays!.Value, 40m, 90m);
    }
}
