using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Platform.Modules.Core.Contracts;
using Platform.Modules.Pricing.Approvals;
using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Model;
using Platform.Modules.Pricing.Quotes;
using Platform.Modules.Pricing.Settings;
using Platform.Sdk.Data;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Pricing.Steps;

/// <summary>
/// PreOperation on Core's order create and update (when the lines are sent): prices the lines with the
/// tenant's prices and promotions. Each line's list price becomes its base price; its net price becomes
/// the promoted price, or the lower price the caller offered (a manual discount). Gift lines are added at
/// zero. The manual discount, measured against the bands, decides whether the order needs approval; an
/// order that does stays out of Confirmed and Completed until approved. The quote is kept in
/// <c>order_pricing</c>. Without lines, an update may only move the status when no approval is pending.
/// </summary>
internal sealed class OrderPricingStep(
    QuoteService quotes, PricingDbContext db, IOptionsSnapshot<PricingSettings> settings, ICallerContext caller, TimeProvider time) : IPipelineStep
{
    /// <summary>The order attributes the step reads when an update does not send them.</summary>
    public static readonly string[] PreImageAttributes =
    [
        CoreAttributes.Order.CustomerId, CoreAttributes.Order.Channel, CoreAttributes.Order.StoreId,
        CoreAttributes.Order.Currency, CoreAttributes.Order.OrderedAt, CoreAttributes.Order.Status,
    ];

    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        if (!settings.Value.PriceOrders || context.Target is not { } target)
        {
            return;
        }
        var existing = context.MessageName == PipelineMessages.Create ? null : await db.OrderPricing.FindAsync([target.Id], cancellationToken);
        var order = new OrderView(target, context.PreImage);
        var status = order.Status;
        if (order.Lines is not { } lines)
        {
            RefuseReleaseWhilePending(existing?.Approval, status);
            return;
        }
        var options = existing is null ? new OrderPricingOptions() : JsonSerializer.Deserialize<OrderPricingOptions>(existing.Options, StoredQuote.Json) ?? new();
        var request = new QuoteRequest
        {
            CustomerId = order.CustomerId,
            Channel = order.Channel?.ToString(),
            StoreId = order.StoreId,
            Currency = order.Currency,
            At = order.OrderedAt,
            CouponCodes = options.CouponCodes,
            PaidDeposits = options.PaidDeposits,
            MemberTier = options.MemberTier,
            Lines = lines.Select(l => new QuoteLineRequest { ProductId = l.ProductId, Quantity = l.Quantity }).ToList(),
        };
        if (request.Lines.Any(l => l.ProductId is null || l.Quantity is null or < 1))
        {
            return; // Core's order store reports the incomplete line
        }
        var (response, codeIds) = await quotes.QuoteAsync(request, cancellationToken);
        var manual = ApplyToLines(order, lines, response);
        var basis = settings.Value.DiscountBasis == DiscountBasis.LargestLine ? manual.LargestLinePercent : manual.BlendedPercent;
        var (approval, role) = DiscountBands.Classify(basis, settings.Value);
        if (approval == ApprovalStatus.Pending)
        {
            RefuseReleaseWhilePending(approval, status);
        }
        var row = existing ?? db.OrderPricing.Add(new OrderPricingRow { OrderId = target.Id }).Entity;
        row.CustomerId = request.CustomerId ?? Guid.Empty;
        row.Subtotal = response.Pricing.Totals.Subtotal;
        row.PromotionDiscount = response.Pricing.Totals.TotalDiscount;
        row.ManualDiscountPercent = basis;
        row.Total = order.Lines!.Sum(l => (l.NetPrice ?? 0m) * (l.Quantity ?? 0));
        row.Approval = approval;
        row.RequiredRole = role;
        row.PricedAt = time.GetUtcNow();
        row.PricedBy = caller.UserId;
        row.Quote = new StoredQuote(response, codeIds).Write();
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ManualDiscount ApplyToLines(OrderView order, IReadOnlyList<OrderLineView> lines, QuoteResponse response)
    {
        var manual = new ManualDiscount();
        var count = lines.Count;
        for (var i = 0; i < count; i++)
        {
            var line = lines[i];
            var priced = response.Pricing.Lines.First(l => l.LineId == (i + 1).ToString(CultureInfo.InvariantCulture));
            var quantity = line.Quantity!.Value;
            var quotedUnit = decimal.Round(priced.NetAmount / quantity, 4, MidpointRounding.AwayFromZero);
            var offered = line.NetPrice ?? quotedUnit;
            var net = Math.Min(offered, quotedUnit);
            manual.Add(quotedUnit, net, quantity);
            line.ListPrice = priced.BasePrice.UnitPrice;
            line.NetPrice = net;
        }
        foreach (var gift in response.Pricing.Lines.Where(l => l.GiftOfPromotionId is not null))
        {
            var line = order.AddLine();
            line.ProductId = Guid.Parse(gift.ProductId);
            line.Quantity = gift.Quantity;
            line.ListPrice = gift.BasePrice.UnitPrice;
            line.NetPrice = 0m;
        }
        return manual;
    }

    private static void RefuseReleaseWhilePending(ApprovalStatus? approval, OrderStatus? status)
    {
        if (approval is ApprovalStatus.Pending or ApprovalStatus.Rejected && status is OrderStatus.Confirmed or OrderStatus.Completed)
        {
            throw new InvalidPluginExecutionException(approval == ApprovalStatus.Pending
                ? "The order's discount is waiting for approval; it stays Draft until approved."
                : "The order's discount was rejected; price it again within the approval bands.")
            {
                Errors = new Dictionary<string, string[]> { [CoreAttributes.Order.Status] = [$"cannot become {status} while the discount approval is {approval}."] },
            };
        }
    }
}
