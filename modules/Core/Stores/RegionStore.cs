using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Stores;

/// <summary>Main operation of the <c>region</c> entity.</summary>
public sealed class RegionStore(CoreDbContext context) : EfEntityStore<CoreDbContext, RegionRow>(context, CoreEntities.Region);
