using Microsoft.EntityFrameworkCore;
using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Steps;

/// <summary>For each Core entity, the records that point at one of its rows and so forbid deleting it.</summary>
internal static class DependentRules
{
    private delegate Task<int> Count(CoreDbContext db, Guid id, CancellationToken ct);

    private static readonly Dictionary<string, (string What, Count Count)[]> ByEntity =
        new Dictionary<string, (string, Count)[]>(StringComparer.OrdinalIgnoreCase)
        {
            [CoreEntities.Customer] =
            [
                ("orders", (db, id, ct) => db.Orders.CountAsync(o => o.CustomerId == id, ct)),
                ("opportunities", (db, id, ct) => db.Opportunities.CountAsync(o => o.CustomerId == id, ct)),
            ],
            [CoreEntities.Product] =
            [
                ("order lines", (db, id, ct) => db.OrderLines.CountAsync(l => l.ProductId == id, ct)),
                ("inventory positions", (db, id, ct) => db.InventoryPositions.CountAsync(p => p.ProductId == id, ct)),
            ],
            [CoreEntities.Region] =
            [
                ("child regions", (db, id, ct) => db.Regions.CountAsync(r => r.ParentId == id, ct)),
                ("stores", (db, id, ct) => db.Stores.CountAsync(s => s.RegionId == id, ct)),
                ("customers", (db, id, ct) => db.Customers.CountAsync(c => c.RegionId == id, ct)),
                ("partners", (db, id, ct) => db.Partners.CountAsync(p => p.RegionId == id, ct)),
                ("teams", (db, id, ct) => db.Teams.CountAsync(t => t.RegionId == id, ct)),
            ],
            [CoreEntities.Store] = [("orders", (db, id, ct) => db.Orders.CountAsync(o => o.StoreId == id, ct))],
            [CoreEntities.Partner] =
            [
                ("orders", (db, id, ct) => db.Orders.CountAsync(o => o.PartnerId == id, ct)),
                ("opportunities", (db, id, ct) => db.Opportunities.CountAsync(o => o.PartnerId == id, ct)),
            ],
            [CoreEntities.Team] = [("sales reps", (db, id, ct) => db.SalesReps.CountAsync(r => r.TeamId == id, ct))],
            [CoreEntities.SalesRep] =
            [
                ("orders", (db, id, ct) => db.Orders.CountAsync(o => o.RepId == id, ct)),
                ("teams it manages", (db, id, ct) => db.Teams.CountAsync(t => t.ManagerRepId == id, ct)),
                ("opportunities", (db, id, ct) => db.Opportunities.CountAsync(o => o.OwnerRepId == id, ct)),
            ],
        };

    /// <summary>"3 orders, 1 inventory position"-style description of what still points at the row; empty when nothing does.</summary>
    public static async Task<string> DescribeDependentsAsync(CoreDbContext db, string entity, Guid id, CancellationToken ct)
    {
        if (!ByEntity.TryGetValue(entity, out var rules))
        {
            return "";
        }
        var found = new List<string>();
        foreach (var (what, count) in rules)
        {
            var n = await count(db, id, ct);
            if (n > 0)
            {
                found.Add($"{n} {what}");
            }
        }
        return string.Join(", ", found);
    }
}
