using System.Globalization;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Seed;

/// <summary>
/// Builds <c>DemoOpportunityCount</c> opportunities created over the demo months with business customers,
/// each moved through the funnel with its stage history. A deal advances to the next stage with the
/// chances in <see cref="Advance"/>, which put the funnel between the domain brief's industry
/// (100→40→25→12→5%) and best-practice (100→60→40→25→15%) benchmarks: about 100→50→32→18→9%. Each stage
/// takes 5–25 days; a deal whose next step would fall after now stays open where it is, and one that stops
/// advancing is lost once it is 45 days old (at first contact, about one in seven is lost; the rest stay open, unqualified).
/// </summary>
internal static class OpportunitySeeder
{
    /// <summary>Chance of moving on from InitialContact, NeedsConfirmed, Proposal, Negotiation (the last: winning).</summary>
    private static readonly double[] Advance = [0.50, 0.64, 0.56, 0.50];

    private static readonly OpportunityStage[] Progression =
        [OpportunityStage.InitialContact, OpportunityStage.NeedsConfirmed, OpportunityStage.Proposal, OpportunityStage.Negotiation, OpportunityStage.ClosedWon];

    public static void Build(DemoData data)
    {
        var customers = data.Customers.Where(c => c.CustomerType != CustomerType.Consumer).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        if (customers.Count == 0 || data.Reps.Count == 0)
        {
            return;
        }
        var firstDay = new DateTimeOffset(data.Today.AddMonths(-data.Settings.DemoMonths).ToDateTime(TimeOnly.MinValue), DemoData.ChinaOffset);
        var span = data.Now - firstDay;
        for (var n = 1; n <= data.Settings.DemoOpportunityCount; n++)
        {
            var customer = data.Random.Pick(customers);
            var created = (firstDay + span * data.Random.Next()).ToUniversalTime();
            var row = new OpportunityRow
            {
                Id = data.Random.NextGuid(),
                Name = string.Create(CultureInfo.InvariantCulture, $"{customer.Name} 采购项目 {n:D4}"),
                CustomerId = customer.Id,
                OwnerRepId = data.Random.Pick(data.Reps).Id,
                PartnerId = data.Partners.Count > 0 && data.Random.Chance(0.25) ? data.Random.Pick(data.Partners).Id : null,
                Amount = Amount(data, customer.CustomerType),
                Currency = data.Settings.DefaultCurrency,
                ExpectedCloseOn = DateOnly.FromDateTime(created.ToOffset(DemoData.ChinaOffset).DateTime).AddDays(data.Random.Between(60, 120)),
                CreatedAt = created,
            };
            MoveThroughFunnel(data, row);
            data.Opportunities.Add(row);
        }
    }

    private static decimal Amount(DemoData data, CustomerType type) => type is CustomerType.KeyAccount or CustomerType.Government
        ? data.Random.Between(200_000m, 2_000_000m, 0)
        : data.Random.Between(20_000m, 200_000m, 0);

    private static void MoveThroughFunnel(DemoData data, OpportunityRow row)
    {
        var now = data.Now.ToUniversalTime();
        var at = row.CreatedAt;
        Enter(data, row, null, OpportunityStage.InitialContact, at);
        for (var i = 0; i < Advance.Length; i++)
        {
            var next = at.AddDays(data.Random.Between(5, 25)).AddMinutes(data.Random.Between(0, 600));
            if (next > now)
            {
                return; // still being worked at this stage
            }
            if (!data.Random.Chance(Advance[i]))
            {
                var lost = (now - row.CreatedAt).TotalDays >= 45 && (i > 0 || data.Random.Chance(0.15));
                if (lost)
                {
                    Enter(data, row, row.Stage, OpportunityStage.ClosedLost, next);
                }
                return;
            }
            Enter(data, row, row.Stage, Progression[i + 1], next);
            at = next;
        }
    }

    private static void Enter(DemoData data, OpportunityRow row, OpportunityStage? from, OpportunityStage to, DateTimeOffset at)
    {
        row.Stage = to;
        row.StageHistory.Add(new OpportunityStageChangeRow
        {
            Id = data.Random.NextGuid(), OpportunityId = row.Id, FromStage = from, ToStage = to, ChangedAt = at, ChangedBy = "demo",
        });
    }
}
