using Microsoft.EntityFrameworkCore;
using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core.Stores;

/// <summary>
/// The <c>orderline</c> entity, read-only: each line with its order's date, status and parties, for queries and
/// bulk reads (period closes, forecasts). Lines are written through their order.
/// </summary>
[EntityRecord(typeof(OrderLineReadRow))]
public sealed class OrderLineStore(CoreDbContext context) : IEntityStore, IBulkReadable
{
    private static readonly EntityMap Map = EntityMap.For(typeof(OrderLineReadRow));

    private IQueryable<OrderLineReadRow> Lines =>
        from line in context.OrderLines.AsNoTracking()
        join order in context.Orders.AsNoTracking() on line.OrderId equals order.Id
        select new OrderLineReadRow
        {
            Id = line.Id, OrderId = line.OrderId, LineNumber = line.LineNumber, ProductId = line.ProductId, Quantity = line.Quantity,
            ListPrice = line.ListPrice, NetPrice = line.NetPrice, LineAmount = line.LineAmount, OrderedAt = order.OrderedAt,
            Status = order.Status, Channel = order.Channel, CustomerId = order.CustomerId, StoreId = order.StoreId,
            PartnerId = order.PartnerId, RepId = order.RepId, Currency = order.Currency,
        };

    /// <inheritdoc />
    public IAsyncEnumerable<object?[]> StreamAsync(BulkReadRequest request, CancellationToken cancellationToken) =>
        BulkProjection.StreamAsync(Lines, Map, request, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<Entity?> RetrieveAsync(Guid id, CancellationToken cancellationToken)
    {
        var view = await Lines.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        return view is null ? null : ToEntity(view);
    }

    /// <inheritdoc />
    public async ValueTask<QueryResult> QueryAsync(QueryRequest query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = QueryTranslator.Apply(Lines, Map, query, out var sorted);
        var total = await rows.CountAsync(cancellationToken);
        var page = await sorted.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new QueryResult(page.ConvertAll(ToEntity), total, query.Page, query.PageSize);
    }

    /// <inheritdoc />
    public ValueTask CreateAsync(Entity entity, CancellationToken cancellationToken) => throw WrittenThroughOrder();

    /// <inheritdoc />
    public ValueTask UpdateAsync(Entity entity, CancellationToken cancellationToken) => throw WrittenThroughOrder();

    /// <inheritdoc />
    public ValueTask DeleteAsync(Guid id, CancellationToken cancellationToken) => throw WrittenThroughOrder();

    private static Entity ToEntity(OrderLineReadRow view)
    {
        var entity = new Entity(CoreEntities.OrderLine, view.Id);
        Map.CopyToEntity(view, entity);
        return entity;
    }

    private static InvalidPluginExecutionException WrittenThroughOrder() =>
        new("Order lines are written through their order: create or update the order with its lines.");
}
