using Microsoft.EntityFrameworkCore;
using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Model;
using Platform.Sdk.Http;
using Platform.Sdk.Messages;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Pricing.Approvals;

/// <summary>
/// Message <c>pricing.decide-discount</c>: approves or rejects an order's pending discount. The caller
/// must hold the permission the discount's band requires and must not be the principal who priced the
/// order (through any of its keys); every decision is audited with who, when, the permission and why.
/// </summary>
internal sealed class DiscountDecisionHandler(PricingDbContext db, ICallerContext caller, TimeProvider time)
    : ICustomMessageHandler<DiscountDecision, DiscountApprovalState>
{
    public const string MessageName = "pricing.decide-discount";

    public async ValueTask<DiscountApprovalState> HandleAsync(DiscountDecision request, IPipelineContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = InputValidator.Validate(request);
        if (errors.Count > 0)
        {
            throw new InvalidPluginExecutionException("The decision is not valid.") { Errors = errors };
        }
        var row = await db.OrderPricing.FirstOrDefaultAsync(p => p.OrderId == request.OrderId, cancellationToken)
            ?? throw new InvalidPluginExecutionException($"Order {request.OrderId} has no pricing to decide on.", 404);
        if (row.Approval != ApprovalStatus.Pending)
        {
            throw new InvalidPluginExecutionException($"Order {request.OrderId}'s discount is {row.Approval}, not Pending.", 409);
        }
        if (row.RequiredRole is { } permission && !caller.HasPermission(permission))
        {
            throw new InvalidPluginExecutionException($"A discount of {row.ManualDiscountPercent}% needs an approver with the permission {permission}.", 403);
        }
        if (string.Equals(row.PricedBy, caller.UserId, StringComparison.Ordinal))
        {
            throw new InvalidPluginExecutionException("Nobody approves or rejects the discount of an order they priced themselves.", 403);
        }
        row.Approval = request.Decision!.Value;
        db.ApprovalDecisions.Add(new ApprovalDecisionRow
        {
            Id = Guid.CreateVersion7(), OrderId = row.OrderId, Decision = row.Approval, DecidedBy = caller.UserId,
            Role = row.RequiredRole ?? "", DecidedAt = time.GetUtcNow(), Reason = request.Reason!,
        });
        await db.SaveChangesAsync(cancellationToken);
        return await StateAsync(db, row, cancellationToken);
    }

    public static async Task<DiscountApprovalState> StateAsync(PricingDbContext db, OrderPricingRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(row);
        var decisions = await db.ApprovalDecisions.AsNoTracking().Where(d => d.OrderId == row.OrderId).OrderBy(d => d.DecidedAt).ThenBy(d => d.Id)
            .Select(d => new AuditedDecision(d.Decision, d.DecidedBy, d.Role, d.DecidedAt, d.Reason)).ToListAsync(cancellationToken);
        return new DiscountApprovalState(row.OrderId, row.Approval, row.RequiredRole, row.ManualDiscountPercent, row.PricedBy, decisions);
    }
}
