using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
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
    private const string Lines = "lines";
    private static readonly string[] ReleasedStatuses = ["Confirmed", "Completed"];

    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        if (!settings.Value.PriceOrders || context.Target is not { } target)
        {
            return;
        }
        var existing = context.MessageName == PipelineMessages.Create ? null : await db.OrderPricing.FindAsync([target.Id], cancellationToken);
        var status = Text(target, context.PreImage, "status");
        if (target[Lines] is not IEnumerable<Entity> sent)
        {
            RefuseReleaseWhilePending(existing?.Approval, status);
            return;
        }
        var lines = sent as List<Entity> ?? sent.ToList();
        target[Lines] = lines;
        var options = existing is null ? new OrderPricingOptions() : JsonSerializer.Deserialize<OrderPricingOptions>(existing.Options, StoredQuote.Json) ?? new();
        var request = new QuoteRequest
        {
            CustomerId = Value<Guid?>(target, context.PreImage, "customerId"),
            Channel = Text(target, context.PreImage, "channel"),
            StoreId = Value<Guid?>(target, context.PreImage, "storeId"),
            Currency = Text(target, context.PreImage, "currency"),
            At = Value<DateTimeOffset?>(target, context.PreImage, "orderedAt"),
            CouponCodes = options.CouponCodes,
            PaidDeposits = options.PaidDeposits,
            MemberTier = options.MemberTier,
            Lines = lines.Select(l => new QuoteLineRequest { ProductId = l.GetValue<Guid?>("productId"), Quantity = l.GetValue<int?>("quantity") }).ToList(),
        };
        if (request.Lines.Any(l => l.ProductId is null || l.Quantity is null or < 1))
        {
            return; // Core's order store reports the incomplete line
        }
        var (response, codeIds) = await quotes.QuoteAsync(request, cancellationToken);
        var manual = ApplyToLines(lines, response);
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
        row.Total = lines.Sum(l => l.GetValue<decimal>("netPrice") * l.GetValue<int>("quantity"));
        row.Approval = approval;
        row.RequiredRole = role;
        row.PricedAt = time.GetUtcNow();
        row.PricedBy = caller.UserId;
        row.Quote = new StoredQuote(response, codeIds).Write();
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ManualDiscount ApplyToLines(List<Entity> lines, QuoteResponse response)
    {
        var manual = new ManualDiscount();
        var count = lines.Count;
        for (var i = 0; i < count; i++)
        {
            var line = lines[i];
            var priced = response.Pricing.Lines.First(l => l.LineId == (i + 1).ToString(CultureInfo.InvariantCulture));
            var quantity = line.GetValue<int>("quantity");
            var quotedUnit = decimal.Round(priced.NetAmount / quantity, 4, MidpointRounding.AwayFromZero);
            var offered = line.GetValue<decimal?>("netPrice") ?? quotedUnit;
            var net = Math.Min(offered, quotedUnit);
            manual.Add(quotedUnit, net, quantity);
            line["listPrice"] = priced.BasePrice.UnitPrice;
            line["netPrice"] = net;
        }
        foreach (var gift in response.Pricing.Lines.Where(l => l.GiftOfPromotionId is not null))
        {
            lines.Add(new Entity("orderline")
            {
                ["productId"] = Guid.Parse(gift.ProductId),
                ["quantity"] = gift.Quantity,
                ["listPrice"] = gift.BasePrice.UnitPrice,
                ["netPrice"] = 0m,
            });
        }
        return manual;
    }

    private static void RefuseReleaseWhilePending(ApprovalStatus? approval, string? status)
    {
        if (approval is ApprovalStatus.Pending or ApprovalStatus.Rejected && status is not null && ReleasedStatuses.Contains(status))
        {
            throw new InvalidPluginExecutionException(approval == ApprovalStatus.Pending
                ? "The order's discount is waiting for approval; it stays Draft until approved."
                : "The order's discount was rejected; price it again within the approval bands.")
            {
                Errors = new Dictionary<string, string[]> { ["status"] = [$"cannot become {status} while the discount approval is {approval}."] },
            };
        }
    }

    private static string? Text(Entity target, Entity? preImage, string attribute) =>
        (target.Contains(attribute) ? target[attribute] : preImage?[attribute])?.ToString();

    private static T? Value<T>(Entity target, Entity? preImage, string attribute) =>
        target.Contains(attribute) ? target.GetValue<T>(attribute) : preImage is null ? default : preImage.GetValue<T>(attribute);
}
