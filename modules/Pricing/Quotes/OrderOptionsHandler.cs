using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Core.Contracts;
using Platform.Modules.Pricing.Approvals;
using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Model;
using Platform.Sdk.Data;
using Platform.Sdk.Http;
using Platform.Sdk.Messages;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Pricing.Quotes;

/// <summary>The request of message <c>pricing.set-order-options</c>.</summary>
internal sealed class SetOrderOptions
{
    [Required]
    public Guid? OrderId { get; set; }

    [Required]
    public OrderPricingOptions? Options { get; set; }
}

/// <summary>
/// Message <c>pricing.set-order-options</c>: stores an order's coupon codes, paid deposits and member tier
/// and prices the order again from its list prices (through an order update, so the pricing step runs and a
/// manual discount must be offered again). Gift lines the last pricing added are dropped first; the new
/// pricing adds the gifts it grants.
/// </summary>
internal sealed class OrderOptionsHandler(PricingDbContext db) : ICustomMessageHandler<SetOrderOptions, DiscountApprovalState>
{
    public const string MessageName = "pricing.set-order-options";

    public async ValueTask<DiscountApprovalState> HandleAsync(SetOrderOptions request, IPipelineContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var errors = InputValidator.Validate(request);
        if (errors.Count > 0)
        {
            throw new InvalidPluginExecutionException("The order options are not valid.") { Errors = errors };
        }
        var orderId = request.OrderId!.Value;
        var order = await context.DataService.RetrieveAsync(CoreEntities.Order, orderId, cancellationToken)
            ?? throw new InvalidPluginExecutionException($"order {orderId} does not exist.", 404);
        var row = await db.OrderPricing.FirstOrDefaultAsync(p => p.OrderId == orderId, cancellationToken);
        var gifts = row is null ? [] : GiftProducts(row);
        if (row is null)
        {
            row = db.OrderPricing.Add(new OrderPricingRow { OrderId = orderId, PricedAt = DateTimeOffset.UnixEpoch }).Entity;
        }
        row.Options = JsonSerializer.Serialize(request.Options, StoredQuote.Json);
        await db.SaveChangesAsync(cancellationToken);

        var lines = (new OrderView(order).Lines ?? [])
            .Where(l => !(l.NetPrice == 0m && l.ProductId is { } product && gifts.Remove(product)))
            .Select(l => new OrderLineView { ProductId = l.ProductId, Quantity = l.Quantity, ListPrice = l.ListPrice, NetPrice = l.ListPrice })
            .ToList();
        var repriced = new OrderView { Id = orderId, Lines = lines };
        await context.DataService.UpdateAsync(repriced.Entity, cancellationToken);
        return await DiscountDecisionHandler.StateAsync(db, row, cancellationToken);
    }

    private static List<Guid> GiftProducts(OrderPricingRow row) =>
        StoredQuote.Read(row.Quote)?.Quote.Pricing.Lines.Where(l => l.GiftOfPromotionId is not null).Select(l => Guid.Parse(l.ProductId)).ToList() ?? [];
}
