using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Modules.Core.Orders;
using Platform.Modules.Core.Settings;
using Platform.Modules.Core.Steps;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core.Stores;

/// <summary>
/// Main operation of the <c>order</c> entity and its <c>orderline</c> children. Reads return the lines
/// as the <c>lines</c> attribute (a list of child entities in line order). A <c>lines</c> attribute on
/// create or update replaces all lines. The store computes each line's <c>lineAmount</c> (quantity ×
/// net price, rounded by the tenant's money settings) and the order's <c>totalAmount</c>; values sent
/// for those computed attributes are ignored.
/// </summary>
public sealed class OrderStore(CoreDbContext context, IOptionsSnapshot<CoreSettings> settings)
    : EfEntityStore<CoreDbContext, OrderRow>(context, CoreEntities.Order)
{
    /// <summary>The attribute holding the order's lines.</summary>
    public const string LinesAttribute = CoreAttributes.Order.Lines;

    private static readonly EntityMap OrderMap = EntityMap.For(typeof(OrderRow));
    private static readonly EntityMap LineMap = EntityMap.For(typeof(OrderLineRow));

    private static readonly HashSet<string> HandledHere =
        new(StringComparer.OrdinalIgnoreCase) { LinesAttribute, CoreAttributes.Order.TotalAmount };

    private static readonly HashSet<string> ComputedLineAttributes =
        new(StringComparer.OrdinalIgnoreCase) { CoreAttributes.OrderLine.OrderId, CoreAttributes.OrderLine.LineNumber, CoreAttributes.OrderLine.LineAmount };

    /// <inheritdoc />
    protected override ISet<string>? ChildAttributes => HandledHere;

    /// <inheritdoc />
    /// <remarks>
    /// The database enforces an order's references (ADR 0013), so the reference check does not look them up
    /// before the insert; here, after a refusal, the same rules run with their lookups to name the fields.
    /// </remarks>
    public override async ValueTask<IReadOnlyDictionary<string, string[]>?> ExplainRefusalAsync(Entity target, bool creating, CancellationToken cancellationToken)
    {
        var checker = new ReferenceChecker(Context, target, creating);
        await OrderRules.CheckAsync(checker, cancellationToken);
        await checker.FlushAsync(cancellationToken);
        return checker.Errors.Count > 0 ? checker.Errors : null;
    }

    /// <inheritdoc />
    protected override IQueryable<OrderRow> ForRead(IQueryable<OrderRow> rows) => rows.Include(o => o.Lines);

    /// <inheritdoc />
    protected override IQueryable<OrderRow> ForWrite(IQueryable<OrderRow> rows) => rows.Include(o => o.Lines);

    /// <inheritdoc />
    protected override Entity ToEntity(OrderRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var entity = base.ToEntity(row);
        entity[LinesAttribute] = row.Lines.OrderBy(l => l.LineNumber).Select(ToLineEntity).ToList();
        return entity;
    }

    /// <inheritdoc />
    protected override void ApplyToRow(Entity entity, OrderRow row)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(row);
        var creating = Context.Entry(row).State == EntityState.Detached;
        var errors = new Dictionary<string, string[]>();
        OrderMap.CopyToRow(entity, row, errors, HandledHere);
        List<OrderLineRow>? lines = null;
        if (entity.Contains(LinesAttribute))
        {
            lines = ReadLines(entity, errors);
        }
        else if (creating)
        {
            errors[LinesAttribute] = ["An order needs at least one line."];
        }
        if (errors.Count > 0)
        {
            throw new InvalidPluginExecutionException($"The {EntityName} has invalid attributes.") { Errors = errors };
        }
        row.Currency = DefaultCurrency.Or(row.Currency, settings.Value);
        if (lines is not null)
        {
            ReplaceLines(row, lines, tracked: !creating);
        }
    }

    private List<OrderLineRow>? ReadLines(Entity order, Dictionary<string, string[]> errors)
    {
        if (order[LinesAttribute] is not IEnumerable<Entity> children)
        {
            errors[LinesAttribute] = [$"'{LinesAttribute}' must be a list of {CoreEntities.OrderLine} entities."];
            return null;
        }
        var lines = new List<OrderLineRow>();
        foreach (var child in children)
        {
            var line = new OrderLineRow { Id = Guid.CreateVersion7(), OrderId = order.Id, LineNumber = lines.Count + 1 };
            var lineErrors = new Dictionary<string, string[]>();
            LineMap.CopyToRow(child, line, lineErrors, ComputedLineAttributes);
            CheckLine(line, lineErrors);
            foreach (var (field, messages) in lineErrors)
            {
                errors[$"{LinesAttribute}[{lines.Count}].{field}"] = messages;
            }
            line.LineAmount = MoneyRounder.LineAmount(line.Quantity, line.NetPrice, settings.Value);
            if (line.LineAmount > settings.Value.MaxOrderAmount && !errors.ContainsKey($"{LinesAttribute}[{lines.Count}].quantity"))
            {
                // A step may have priced the line after the amount limit step saw it.
                errors[$"{LinesAttribute}[{lines.Count}].quantity"] = [$"quantity × netPrice may be at most {settings.Value.MaxOrderAmount}."];
            }
            lines.Add(line);
        }
        if (lines.Count == 0)
        {
            errors[LinesAttribute] = ["An order needs at least one line."];
        }
        else if (lines.Sum(l => l.LineAmount) > settings.Value.MaxOrderAmount && !errors.Keys.Any(k => k.StartsWith(LinesAttribute, StringComparison.Ordinal)))
        {
            errors[LinesAttribute] = [$"The lines add up to more than {settings.Value.MaxOrderAmount}, the largest order amount."];
        }
        return lines;
    }

    private static void CheckLine(OrderLineRow line, Dictionary<string, string[]> errors)
    {
        if (line.ProductId == Guid.Empty && !errors.ContainsKey("productId"))
        {
            errors["productId"] = ["productId is required."];
        }
        if (line.Quantity < 1 && !errors.ContainsKey("quantity"))
        {
            errors["quantity"] = ["quantity must be 1 or more."];
        }
        if (line.ListPrice < 0 && !errors.ContainsKey("listPrice"))
        {
            errors["listPrice"] = ["listPrice cannot be negative."];
        }
        if (line.NetPrice < 0 && !errors.ContainsKey("netPrice"))
        {
            errors["netPrice"] = ["netPrice cannot be negative."];
        }
    }

    private void ReplaceLines(OrderRow row, List<OrderLineRow> lines, bool tracked)
    {
        if (tracked)
        {
            Context.OrderLines.RemoveRange(row.Lines);
            Context.OrderLines.AddRange(lines);
        }
        row.Lines.Clear();
        row.Lines.AddRange(lines);
        row.TotalAmount = MoneyRounder.Round(lines.Sum(l => l.LineAmount), settings.Value);
    }

    private static Entity ToLineEntity(OrderLineRow line)
    {
        var entity = new Entity(CoreEntities.OrderLine, line.Id);
        LineMap.CopyToEntity(line, entity);
        return entity;
    }
}
