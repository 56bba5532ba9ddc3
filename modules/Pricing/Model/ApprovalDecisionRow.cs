namespace Platform.Modules.Pricing.Model;

/// <summary>The audit of one approval decision: who decided what, when, and why.</summary>
internal sealed class ApprovalDecisionRow
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public ApprovalStatus Decision { get; set; }

    public string DecidedBy { get; set; } = "";

    public string Role { get; set; } = "";

    public DateTimeOffset DecidedAt { get; set; }

    public string Reason { get; set; } = "";
}
