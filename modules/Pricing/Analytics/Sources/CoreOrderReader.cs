using System.Globalization;
using Platform.Modules.Core.Contracts;
using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Analytics.Sources;

/// <summary>
/// Reads Core orders through <see cref="IDataService"/> (so with the caller's tenant and permissions), page by page.
/// Only Confirmed and Completed orders count as sales: drafts are not binding and cancelled orders did not sell.
/// </summary>
internal static class CoreOrderReader
{
    public static readonly string SoldStatuses = $"{OrderStatus.Confirmed},{OrderStatus.Completed}";

    /// <summary>The lines of sold orders placed in [<paramref name="from"/>, <paramref name="to"/>), optionally of one currency.</summary>
    public static async Task<List<SoldLine>> ReadLinesAsync(
        IDataService data, DateTimeOffset from, DateTimeOffset to, string? currency, CancellationToken ct)
    {
        var filters = new List<QueryFilter>
        {
            new(CoreAttributes.Order.OrderedAt, FilterOperator.Ge, from.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
            new(CoreAttributes.Order.OrderedAt, FilterOperator.Lt, to.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
            new(CoreAttributes.Order.Status, FilterOperator.In, SoldStatuses),
        };
        if (currency is not null)
        {
            filters.Add(new(CoreAttributes.Order.Currency, FilterOperator.Eq, currency));
        }
        var lines = new List<SoldLine>();
        for (var page = 1; ; page++)
        {
            var result = await data.QueryAsync(new QueryRequest(CoreEntities.Order)
            {
                Filters = filters,
                Sorts = [new QuerySort(CoreAttributes.Order.OrderedAt)],
                Page = page,
                PageSize = QueryRequest.MaxPageSize,
            }, ct);
            foreach (var order in result.Items.Select(o => new OrderView(o)))
            {
                var orderedAt = order.OrderedAt ?? default;
                if (order.Lines is { } orderLines)
                {
                    lines.AddRange(orderLines.Select(l => new SoldLine(order.Id, orderedAt, l.ProductId ?? Guid.Empty,
                        l.Quantity ?? 0, l.ListPrice ?? 0m, l.NetPrice ?? 0m)));
                }
            }
            if (page * QueryRequest.MaxPageSize >= result.TotalCount)
            {
                return lines;
            }
        }
    }
}
