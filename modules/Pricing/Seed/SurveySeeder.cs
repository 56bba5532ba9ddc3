using System.Globalization;
using Platform.Modules.Pricing.Model;

namespace Platform.Modules.Pricing.Seed;

/// <summary>
/// A Van Westendorp survey of the robot vacuum R10 Pro: 200 respondents answering in round 50s around the
/// list price; every twentieth (10, 5%) answers inconsistently, so the analysis shows dropped respondents.
/// </summary>
internal static class SurveySeeder
{
    public const int Respondents = 200;

    /// <summary>Every <see cref="InconsistentEvery"/>-th respondent contradicts themself.</summary>
    public const int InconsistentEvery = 20;

    public static string SurveyCode(int year) => string.Create(CultureInfo.InvariantCulture, $"PSM-R10P-{year}");

    public static void Build(PricingDemoData data)
    {
        var product = data.Product("SH-QJ-R10P");
        var survey = SurveyCode(data.Year);
        var list = (double)product.ListPrice;
        for (var i = 0; i < Respondents; i++)
        {
            // Each respondent's sense of a fair price, then their four thresholds around it.
            var fair = Math.Max(data.Random.Normal(list * 0.92, list * 0.14), list * 0.5);
            var tooCheap = Round50(fair * data.Random.Uniform(0.40, 0.58));
            var cheap = Math.Max(Round50(fair * data.Random.Uniform(0.72, 0.86)), tooCheap + 50m);
            var expensive = Math.Max(Round50(fair * data.Random.Uniform(1.08, 1.22)), cheap + 50m);
            var tooExpensive = Math.Max(Round50(fair * data.Random.Uniform(1.35, 1.65)), expensive + 50m);
            if (i % InconsistentEvery == InconsistentEvery - 1)
            {
                // Three ways of misreading the questions: swapped low end, swapped middle, swapped high end.
                (tooCheap, cheap, expensive, tooExpensive) = (i / InconsistentEvery % 3) switch
                {
                    0 => (cheap, tooCheap, expensive, tooExpensive),
                    1 => (tooCheap, expensive, cheap, tooExpensive),
                    _ => (tooCheap, cheap, tooExpensive, expensive),
                };
            }
            data.SurveyResponses.Add(new SurveyResponseRow
            {
                Id = data.Random.NextGuid(),
                Survey = survey,
                ProductId = product.Id,
                TooCheap = tooCheap,
                Cheap = cheap,
                Expensive = expensive,
                TooExpensive = tooExpensive,
            });
        }
    }

    private static decimal Round50(double price) => Math.Max(50m, decimal.Round((decimal)price / 50m, 0, MidpointRounding.AwayFromZero) * 50m);
}
