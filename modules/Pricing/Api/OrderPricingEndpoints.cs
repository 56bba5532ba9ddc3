using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Core.Contracts;
using Platform.Modules.Pricing.Approvals;
using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Model;
using Platform.Modules.Pricing.Quotes;
using Platform.Sdk.Data;
using Platform.Sdk.Http;

namespace Platform.Modules.Pricing.Api;

/// <summary>
/// An order's pricing and its discount approval: read the pricing (quote, options, approval and its
/// audit), set the pricing options, list approvals by state, approve or reject.
/// </summary>
internal static class OrderPricingEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/pricing").WithTags("pricing");
        group.MapGet("/orders/{orderId:guid}/pricing", GetPricingAsync).WithName("pricing.order-pricing").WithSummary("Read an order's pricing, options and approval").Produces<OrderPricingView>().RequirePermission("pricing.read");
        group.MapPut("/orders/{orderId:guid}/options", SetOptionsAsync).Accepts<OrderPricingOptions>("application/json").WithName("pricing.order-options").WithSummary("Set an order's coupons, deposits and tier").Produces<DiscountApprovalState>()
            .RequirePermission(OrderOptionsHandler.MessageName);
        group.MapGet("/approvals", ListApprovalsAsync).WithName("pricing.approvals").WithSummary("List orders by discount approval state").Produces<ApprovalList>().WithQueryParameter(PricingFieldNames.ApprovalStatus, typeof(ApprovalStatus), "The approval state to list (default Pending); at most 500 orders, oldest first.").RequirePermission("pricing.read");
        group.MapPost("/approvals/{orderId:guid}/approve", (Guid orderId, HttpRequest request, [FromServices] IDataService data, [FromServices] PricingDbContext db, CancellationToken ct) =>
            DecideAsync(orderId, ApprovalStatus.Approved, request, data, db, ct)).Accepts<DecisionReason>("application/json").WithName("pricing.approve").WithSummary("Approve an order's discount").Produces<DiscountApprovalState>()
            .RequirePermission(DiscountDecisionHandler.MessageName);
        group.MapPost("/approvals/{orderId:guid}/reject", (Guid orderId, HttpRequest request, [FromServices] IDataService data, [FromServices] PricingDbContext db, CancellationToken ct) =>
            DecideAsync(orderId, ApprovalStatus.Rejected, request, data, db, ct)).Accepts<DecisionReason>("application/json").WithName("pricing.reject").WithSummary("Reject an order's discount").Produces<DiscountApprovalState>()
            .RequirePermission(DiscountDecisionHandler.MessageName);
    }

    private static async Task<IResult> GetPricingAsync(Guid orderId, [FromServices] PricingDbContext db, CancellationToken ct)
    {
        var row = await db.OrderPricing.AsNoTracking().FirstOrDefaultAsync(p => p.OrderId == orderId, ct);
        if (row is null)
        {
            return NotFound($"Order {orderId} has not been priced by the Pricing module.");
        }
        var state = await DiscountDecisionHandler.StateAsync(db, row, ct);
        return Results.Ok(new OrderPricingView(
            state.OrderId, state.Approval, state.RequiredPermission, state.ManualDiscountPercent, state.PricedBy, row.PricedAt,
            row.Subtotal, row.PromotionDiscount, row.Total,
            JsonSerializer.Deserialize<OrderPricingOptions>(row.Options, StoredQuote.Json),
            StoredQuote.Read(row.Quote)?.Quote,
            state.Decisions));
    }

    private static async Task<IResult> SetOptionsAsync(Guid orderId, HttpRequest request, [FromServices] IDataService data, CancellationToken ct)
    {
        if (await data.RetrieveAsync(CoreEntities.Order, orderId, ct) is null)
        {
            return NotFound($"order {orderId} does not exist.");
        }
        var (options, _, problem) = await EntityEndpoints.ReadInputAsync<OrderPricingOptions>(request, partial: false, ct);
        return problem ?? Results.Ok(await data.ExecuteAsync<DiscountApprovalState>(OrderOptionsHandler.MessageName,
            new SetOrderOptions { OrderId = orderId, Options = options }, ct));
    }

    private static async Task<IResult> ListApprovalsAsync([AsParameters] ApprovalsQuery query, [FromServices] PricingDbContext db, CancellationToken ct)
    {
        var status = query.Status;
        if (!Enum.TryParse<ApprovalStatus>(string.IsNullOrEmpty(status) ? nameof(ApprovalStatus.Pending) : status, ignoreCase: true, out var wanted) || !Enum.IsDefined(wanted))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { [PricingFieldNames.ApprovalStatus] = [$"status must be one of {string.Join(", ", Enum.GetNames<ApprovalStatus>())}."] });
        }
        var rows = await db.OrderPricing.AsNoTracking().Where(p => p.Approval == wanted).OrderBy(p => p.PricedAt).Take(500)
            .Select(p => new ApprovalListItem(p.OrderId, p.CustomerId, p.Approval, p.RequiredRole, p.ManualDiscountPercent, p.Total, p.PricedBy, p.PricedAt))
            .ToListAsync(ct);
        return Results.Ok(new ApprovalList(rows, rows.Count));
    }

    private static async Task<IResult> DecideAsync(Guid orderId, ApprovalStatus decision, HttpRequest request, IDataService data, PricingDbContext db, CancellationToken ct)
    {
        // The order first: an unknown order is 404 whatever the body says.
        if (!await db.OrderPricing.AnyAsync(p => p.OrderId == orderId, ct))
        {
            return NotFound($"Order {orderId} has not been priced by the Pricing module.");
        }
        var (body, _, problem) = await EntityEndpoints.ReadInputAsync<DecisionReason>(request, partial: false, ct);
        return problem ?? Results.Ok(await data.ExecuteAsync<DiscountApprovalState>(DiscountDecisionHandler.MessageName,
            new DiscountDecision { OrderId = orderId, Decision = decision, Reason = body!.Reason }, ct));
    }

    private static IResult NotFound(string detail) => Results.Problem(statusCode: 404, title: "Not found.", detail: detail);
}
