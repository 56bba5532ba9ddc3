using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Steps;

/// <summary>An opportunity's customer, owner rep and partner exist; a closed opportunity keeps its stage.</summary>
internal static class OpportunityRules
{
    public static async Task CheckAsync(ReferenceChecker c, CancellationToken ct)
    {
        await c.ExistsAsync<CustomerRow>(CoreAttributes.Opportunity.CustomerId, ct);
        await c.ExistsAsync<SalesRepRow>(CoreAttributes.Opportunity.OwnerRepId, ct);
        await c.ExistsAsync<PartnerRow>(CoreAttributes.Opportunity.PartnerId, ct);
        if (c.Creating || !c.TryRead<OpportunityStage?>(CoreAttributes.Opportunity.Stage, out var stage))
        {
            return;
        }
        if (await c.CurrentAsync<OpportunityRow>(ct) is { Stage: OpportunityStage.ClosedWon or OpportunityStage.ClosedLost } current && stage != current.Stage)
        {
            c.Fail(CoreAttributes.Opportunity.Stage, $"The opportunity is {current.Stage}; a closed opportunity keeps its stage.");
        }
    }
}
