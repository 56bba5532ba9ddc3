using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Stores;

/// <summary>Main operation of the <c>inventoryposition</c> entity.</summary>
public sealed class InventoryPositionStore(CoreDbContext context) : EfEntityStore<CoreDbContext, InventoryPositionRow>(context, CoreEntities.InventoryPosition);
