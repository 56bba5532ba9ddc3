using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Stores;

/// <summary>Main operation of the <c>team</c> entity.</summary>
public sealed class TeamStore(CoreDbContext context) : EfEntityStore<CoreDbContext, TeamRow>(context, CoreEntities.Team);
