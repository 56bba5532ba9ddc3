using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Stores;

/// <summary>Main operation of the <c>store</c> entity.</summary>
public sealed class StoreStore(CoreDbContext context) : EfEntityStore<CoreDbContext, StoreRow>(context, CoreEntities.Store);
