using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Funnel;

/// <summary>What the funnel needs of one opportunity: its stages entered (with times), amount and customer.</summary>
public sealed record FunnelOpportunity(
    Guid CustomerId, OpportunityStage Stage, decimal Amount, string Currency, DateTimeOffset CreatedAt,
    IReadOnlyList<(OpportunityStage Stage, DateTimeOffset At)> History)
{
    /// <summary>
    /// The furthest open stage reached, or ClosedWon: a won deal passed every stage; a lost one counts the
    /// furthest stage it entered before it was lost.
    /// </summary>
    public OpportunityStage Furthest =>
        Stage == OpportunityStage.ClosedWon || History.Any(h => h.Stage == OpportunityStage.ClosedWon)
            ? OpportunityStage.ClosedWon
            : History.Select(h => h.Stage).Append(Stage).Where(s => s != OpportunityStage.ClosedLost).DefaultIfEmpty(OpportunityStage.InitialContact).Max();

    /// <summary>When the deal was won; null unless it is.</summary>
    public DateTimeOffset? WonAt =>
        Stage != OpportunityStage.ClosedWon ? null
        : History.Where(h => h.Stage == OpportunityStage.ClosedWon).Select(h => (DateTimeOffset?)h.At).LastOrDefault() ?? CreatedAt;
}
