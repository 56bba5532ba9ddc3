using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Model;

namespace Platform.Modules.Pricing.Seed;

/// <summary>
/// Pricing methods besides the list price: cost-plus (30%) for gaming laptops, competition-based for three
/// products watched on JD, Tmall and Suning (with four weekly observations each), value-based for the robot
/// vacuum (the cleaning time it saves over three years, 30% captured). Everything else is list-priced.
/// </summary>
internal static class PricingMethodSeeder
{
    private static readonly string[] Competitors = ["JD.com", "Tmall", "Suning"];

    public static void Build(PricingDemoData data)
    {
        data.PricingMethods.Add(new PricingMethodRow
        {
            Id = data.Random.NextGuid(),
            Category = data.Product("NB-ZY-15").Category,
            Method = PricingMethodKind.CostPlus,
            MarginPercent = 30m,
        });

        Competition(data, data.Product("SP-QC-N7"), CompetitorPosition.Below, CompetitorAggregate.Lowest, amount: 10m, percent: null);
        Competition(data, data.Product("WR-TG-E3"), CompetitorPosition.At, CompetitorAggregate.Average, amount: null, percent: null);
        Competition(data, data.Product("WR-WS-B8"), CompetitorPosition.Below, CompetitorAggregate.Lowest, amount: null, percent: 2m);

        var robot = data.Product("SH-QJ-R10");
        if (HasMethod(data, robot))
        {
            return; // a stand-in product already has a method
        }
        data.PricingMethods.Add(new PricingMethodRow
        {
            Id = data.Random.NextGuid(),
            ProductId = robot.Id,
            Method = PricingMethodKind.ValueBased,
            // About 11,000 CNY: three years of floor cleaning saved (some 120 hours a year at about 30 CNY an hour).
            ValueMetric = PricingDemoData.Yuan(robot.ListPrice / 0.30m),
            ValueSharePercent = 30m,
        });
    }

    private static bool HasMethod(PricingDemoData data, SeedProduct product) => data.PricingMethods.Any(m => m.ProductId == product.Id);

    private static void Competition(
        PricingDemoData data, SeedProduct product, CompetitorPosition position, CompetitorAggregate aggregate, decimal? amount, decimal? percent)
    {
        if (HasMethod(data, product))
        {
            return; // a stand-in product already has a method
        }
        data.PricingMethods.Add(new PricingMethodRow
        {
            Id = data.Random.NextGuid(),
            ProductId = product.Id,
            Method = PricingMethodKind.Competition,
            CompetitorPosition = position,
            CompetitorAggregate = aggregate,
            AdjustmentAmount = amount,
            AdjustmentPercent = percent,
        });
        foreach (var competitor in Competitors)
        {
            for (var week = 3; week >= 0; week--)
            {
                // Platforms sit 0–7% under list and drift down a little week by week.
                var discount = (decimal)data.Random.Uniform(0.0, 0.05) + 0.005m * (3 - week);
                data.CompetitorPrices.Add(new CompetitorPriceRow
                {
                    Id = data.Random.NextGuid(),
                    ProductId = product.Id,
                    Competitor = competitor,
                    Price = PricingDemoData.Yuan(product.ListPrice * (1m - discount)),
                    Currency = PricingDemoData.Currency,
                    ObservedAt = data.Now.AddDays(-7 * week - 1),
                });
            }
        }
    }
}
