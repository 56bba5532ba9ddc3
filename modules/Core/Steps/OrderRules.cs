using Platform.Modules.Core.Model;
using Platform.Modules.Core.Stores;
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Steps;

/// <summary>
/// Order rules: unique number; customer, store, partner, rep and each line's product exist (and the
/// product is active); a store order names its store and a partner order its partner.
/// </summary>
internal static class OrderRules
{
    public static async Task CheckAsync(ReferenceChecker c, CancellationToken ct)
    {
        await c.UniqueAsync<OrderRow>(CoreAttributes.Order.Number, nameof(OrderRow.Number), ct);
        await c.ExistsAsync<CustomerRow>(CoreAttributes.Order.CustomerId, ct);
        await c.ExistsAsync<StoreRow>(CoreAttributes.Order.StoreId, ct);
        await c.ExistsAsync<PartnerRow>(CoreAttributes.Order.PartnerId, ct);
        await c.ExistsAsync<SalesRepRow>(CoreAttributes.Order.RepId, ct);
        await CheckChannelAsync(c, ct);
        await CheckLinesAsync(c, ct);
    }

    /// <summary>
    /// The order rules that need no lookup of other records: the channel's store or partner is named. The
    /// reference-check step runs only these; the database enforces the rest (ADR 0013) and
    /// <see cref="CheckAsync"/> runs them all to explain a refusal.
    /// </summary>
    public static async Task CheckChannelAsync(ReferenceChecker c, CancellationToken ct)
    {
        if (!c.Creating && !c.Target.Contains(CoreAttributes.Order.Channel) && !c.Target.Contains(CoreAttributes.Order.StoreId) && !c.Target.Contains(CoreAttributes.Order.PartnerId))
        {
            return;
        }
        var channel = await c.EffectiveAsync<OrderRow, SalesChannel?>(CoreAttributes.Order.Channel, o => o.Channel, ct);
        if (channel == SalesChannel.Store && await c.EffectiveAsync<OrderRow, Guid?>(CoreAttributes.Order.StoreId, o => o.StoreId, ct) is null)
        {
            c.Fail(CoreAttributes.Order.StoreId, "A store order must name its store.");
        }
        if (channel == SalesChannel.Partner && await c.EffectiveAsync<OrderRow, Guid?>(CoreAttributes.Order.PartnerId, o => o.PartnerId, ct) is null)
        {
            c.Fail(CoreAttributes.Order.PartnerId, "A partner order must name the partner who sourced it.");
        }
    }

    /// <summary>Queues one lookup of every line's product (tagged "+id" when active, "-id" when not) with the other reference checks.</summary>
    private static Task CheckLinesAsync(ReferenceChecker c, CancellationToken ct)
    {
        if (c.Target[OrderStore.LinesAttribute] is not IEnumerable<Entity> lines)
        {
            return Task.CompletedTask;
        }
        var wanted = lines
            .Select((line, index) => (Index: index, Id: ReferenceChecker.TryConvert<Guid?>(line, CoreAttributes.OrderLine.ProductId, out var id) ? id : null))
            .Where(x => x.Id is not null)
            .ToList();
        var ids = wanted.Select(x => x.Id!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return Task.CompletedTask;
        }
        c.Queue(c.Db.Products.Where(p => ids.Contains(p.Id)).Select(p => (p.Active ? "product+" : "product-") + p.Id.ToString()), found =>
        {
            foreach (var (index, id) in wanted)
            {
                var field = $"{OrderStore.LinesAttribute}[{index}].productId";
                if (found.Contains($"product-{id}"))
                {
                    c.Fail(field, $"product {id} is no longer sold (inactive).");
                }
                else if (!found.Contains($"product+{id}"))
                {
                    c.Fail(field, $"product {id} does not exist.");
                }
            }
        });
        return Task.CompletedTask;
    }
}
