using Platform.Modules.Pricing.Approvals;
using Platform.Modules.Pricing.Model;
using Platform.Modules.Pricing.Quotes;

namespace Platform.Modules.Pricing.Api;

/// <summary>An order's pricing as <c>GET /api/pricing/orders/{orderId}/pricing</c> answers it.</summary>
internal sealed record OrderPricingView(
    Guid OrderId, ApprovalStatus Approval, string? RequiredPermission, decimal ManualDiscountPercent, string PricedBy, DateTimeOffset PricedAt,
    decimal Subtotal, decimal PromotionDiscount, decimal Total, OrderPricingOptions? Options, QuoteResponse? Quote, IReadOnlyList<AuditedDecision> Decisions);

/// <summary>One order in <c>GET /api/pricing/approvals</c>.</summary>
internal sealed record ApprovalListItem(
    Guid OrderId, Guid CustomerId, ApprovalStatus Approval, string? RequiredPermission, decimal ManualDiscountPercent, decimal Total, string PricedBy, DateTimeOffset PricedAt);

/// <summary>The answer of <c>GET /api/pricing/approvals</c>.</summary>
internal sealed record ApprovalList(IReadOnlyList<ApprovalListItem> Items, int TotalCount);

/// <summary>The query of <c>GET /api/pricing/approvals</c>: the approval state to list (Pending when absent).</summary>
internal sealed record ApprovalsQuery(string? Status);
