using System.Globalization;
using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Analytics.Sources;

/// <summary>
/// Reads Core orders through <see cref="IDataService"/> (so with the caller's tenant and permissions), page by page.
/// Only Confirmed and Completed orders count as sales: drafts are not binding and cancelled orders did not sell.
/// </summary>
internal static class CoreOrderReader
{
    public const string SoldStatuses = "Confirmed,Completed";

    /// <summary>The lines of sold orders placed in [<paramref name="from"/>, <paramref name="to"/>), optionally of one currency.</summary>
    public static async Task<List<SoldLine>> ReadLinesAsync(
        IDataService data, DateTimeOffset from, DateTimeOffset to, string? currency, CancellationToken ct)
    {
        var filters = new List<QueryFilter>
        {
            new("orderedAt", FilterOperator.Ge, from.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
            new("orderedAt", FilterOperator.Lt, to.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
            new("status", FilterOperator.In, SoldStatuses),
        };
        if (currency is not null)
        {
            filters.Add(new("currency", FilterOperator.Eq, currency));
        }
        var lines = new List<SoldLine>();
        for (var page = 1; ; page++)
        {
            var result = await data.QueryAsync(new QueryRequest("order")
            {
                Filters = filters,
                Sorts = [new QuerySort("orderedAt")],
                Page = page,
                PageSize = QueryRequest.MaxPageSize,
            }, ct);
            foreach (var order in result.Items)
            {
                var orderedAt = order.GetValue<DateTimeOffset>("orderedAt");
                if (order["lines"] is IEnumerable<Entity> orderLines)
                {
                    lines.AddRange(orderLines.Select(l => new SoldLine(order.Id, orderedAt, l.GetValue<Guid>("productId"),
                        l.GetValue<int>("quantity"), l.GetValue<decimal>("listPrice"), l.GetValue<decimal>("netPrice"))));
                }
            }
            if (page * QueryRequest.MaxPageSize >= result.TotalCount)
            {
                return lines;
            }
        }
    }
}
