using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Stores;

/// <summary>Main operation of the <c>partner</c> entity.</summary>
public sealed class PartnerStore(CoreDbContext context) : EfEntityStore<CoreDbContext, PartnerRow>(context, CoreEntities.Partner);
