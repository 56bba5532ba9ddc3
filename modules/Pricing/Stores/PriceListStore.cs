using Microsoft.EntityFrameworkCore;
using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Model;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Pricing.Stores;

/// <summary>
/// Price lists with their items (attribute <c>items</c>, a list of <c>pricelistitem</c> entities; when
/// present on a write it replaces all items). The effective end must be after the start, and a product
/// appears at most once per list.
/// </summary>
internal sealed class PriceListStore(PricingDbContext context) : EfEntityStore<PricingDbContext, PriceListRow>(context, PricingEntities.PriceList)
{
    public const string ItemsAttribute = "items";

    private static readonly EntityMap ItemMap = EntityMap.For(typeof(PriceListItemRow));
    private static readonly HashSet<string> HandledHere = new(StringComparer.OrdinalIgnoreCase) { ItemsAttribute };
    private static readonly HashSet<string> ComputedItemAttributes = new(StringComparer.OrdinalIgnoreCase) { "priceListId" };

    protected override ISet<string>? ChildAttributes => HandledHere;

    protected override IQueryable<PriceListRow> ForRead(IQueryable<PriceListRow> rows) => rows.Include(l => l.Items);

    protected override IQueryable<PriceListRow> ForWrite(IQueryable<PriceListRow> rows) => rows.Include(l => l.Items);

    protected override Entity ToEntity(PriceListRow row)
    {
        var entity = base.ToEntity(row);
        entity[ItemsAttribute] = row.Items.OrderBy(i => i.Id).Select(ToItemEntity).ToList();
        return entity;
    }

    protected override void ApplyToRow(Entity entity, PriceListRow row)
    {
        var creating = Context.Entry(row).State == EntityState.Detached;
        base.ApplyToRow(entity, row);
        var errors = new WriteErrors(EntityName);
        errors.EndNotBeforeStart(row.EffectiveFrom, row.EffectiveTo, "effectiveFrom", "effectiveTo");
        var items = entity.Contains(ItemsAttribute) ? ReadItems(entity, row.Id == Guid.Empty ? entity.Id : row.Id, errors) : null;
        errors.ThrowIfAny();
        if (items is null)
        {
            return;
        }
        if (!creating)
        {
            Context.PriceListItems.RemoveRange(row.Items);
            Context.PriceListItems.AddRange(items);
        }
        row.Items.Clear();
        row.Items.AddRange(items);
    }

    private static List<PriceListItemRow> ReadItems(Entity list, Guid listId, WriteErrors errors)
    {
        var items = new List<PriceListItemRow>();
        if (list[ItemsAttribute] is not IEnumerable<Entity> children)
        {
            errors.Add(ItemsAttribute, $"'{ItemsAttribute}' must be a list of {PricingEntities.PriceListItem} entities.");
            return items;
        }
        var seen = new HashSet<Guid>();
        foreach (var child in children)
        {
            var item = new PriceListItemRow { Id = Guid.CreateVersion7(), PriceListId = listId };
            var itemErrors = new Dictionary<string, string[]>();
            ItemMap.CopyToRow(child, item, itemErrors, ComputedItemAttributes);
            if (item.ProductId == Guid.Empty && !itemErrors.ContainsKey(PricingFieldNames.ProductId))
            {
                itemErrors[PricingFieldNames.ProductId] = [$"{PricingFieldNames.ProductId} is required."];
            }
            else if (item.ProductId != Guid.Empty && !seen.Add(item.ProductId))
            {
                itemErrors[PricingFieldNames.ProductId] = [$"product {item.ProductId} is already priced in this list."];
            }
            if (item.UnitPrice < 0 && !itemErrors.ContainsKey("unitPrice"))
            {
                itemErrors["unitPrice"] = ["unitPrice cannot be negative."];
            }
            foreach (var (field, messages) in itemErrors)
            {
                errors.Errors[$"{ItemsAttribute}[{items.Count}].{field}"] = messages;
            }
            items.Add(item);
        }
        return items;
    }

    private static Entity ToItemEntity(PriceListItemRow item)
    {
        var entity = new Entity(PricingEntities.PriceListItem, item.Id);
        ItemMap.CopyToEntity(item, entity);
        return entity;
    }
}
