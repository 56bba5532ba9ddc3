using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Modules.Core.Stores;
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Tests.Support;

/// <summary>Creates the store that owns an entity, over a fresh context, as the host would per operation.</summary>
public static class StoreFactory
{
    public static IEntityStore For(string entityName, CoreDbContext db, TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return entityName switch
        {
            CoreEntities.Customer => new CustomerStore(db),
            CoreEntities.Product => new ProductStore(db, database.Options),
            CoreEntities.Region => new RegionStore(db),
            CoreEntities.Store => new StoreStore(db),
            CoreEntities.Partner => new PartnerStore(db),
            CoreEntities.Team => new TeamStore(db),
            CoreEntities.SalesRep => new SalesRepStore(db, database.Options, FixedPermissions.Everything),
            CoreEntities.Order => new OrderStore(db, database.Options),
            CoreEntities.InventoryPosition => new InventoryPositionStore(db),
            _ => throw new ArgumentOutOfRangeException(nameof(entityName), entityName, "Not a Core entity."),
        };
    }

    /// <summary>Runs one store call in its own context and disposes it.</summary>
    public static async Task<T> WithStoreAsync<T>(this TestDatabase database, string entityName, Func<IEntityStore, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(action);
        await using var db = database.NewContext();
        return await action(For(entityName, db, database));
    }

    /// <summary>Runs one store call in its own context and disposes it.</summary>
    public static async Task WithStoreAsync(this TestDatabase database, string entityName, Func<IEntityStore, Task> action)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(action);
        await using var db = database.NewContext();
        await action(For(entityName, db, database));
    }
}
