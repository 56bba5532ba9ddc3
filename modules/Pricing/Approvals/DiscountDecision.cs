using System.ComponentModel.DataAnnotations;
using Platform.Modules.Pricing.Model;

namespace Platform.Modules.Pricing.Approvals;

/// <summary>An approver's decision on an order's discount (message <c>pricing.decide-discount</c>).</summary>
internal sealed class DiscountDecision
{
    [Required]
    public Guid? OrderId { get; set; }

    [Required, EnumDataType(typeof(ApprovalStatus)), AllowedValues(ApprovalStatus.Approved, ApprovalStatus.Rejected, ErrorMessage = "The field {0} must be Approved or Rejected.")]
    public ApprovalStatus? Decision { get; set; }

    [Required, StringLength(1000, MinimumLength = 3)]
    public string? Reason { get; set; }
}

/// <summary>The body of <c>POST /api/pricing/approvals/{orderId}/approve|reject</c>.</summary>
internal sealed class DecisionReason
{
    [Required, StringLength(1000, MinimumLength = 3)]
    public string? Reason { get; set; }
}

/// <summary>An order's discount approval after a decision, with the audit of every decision so far.</summary>
internal sealed record DiscountApprovalState(
    Guid OrderId, ApprovalStatus Approval, string? RequiredPermission, decimal ManualDiscountPercent, string PricedBy,
    IReadOnlyList<AuditedDecision> Decisions);

/// <summary>One audited decision: who, when, under which permission (<c>role</c> for decisions recorded before ADR 0017), what and why.</summary>
internal sealed record AuditedDecision(ApprovalStatus Decision, string DecidedBy, string Role, DateTimeOffset DecidedAt, string Reason);
