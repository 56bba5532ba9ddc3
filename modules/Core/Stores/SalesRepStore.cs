using Microsoft.Extensions.Options;
using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Modules.Core.Settings;
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Stores;

/// <summary>Main operation of the <c>salesrep</c> entity; a missing salary currency becomes the tenant's default.</summary>
public sealed class SalesRepStore(CoreDbContext context, IOptionsSnapshot<CoreSettings> settings)
    : EfEntityStore<CoreDbContext, SalesRepRow>(context, CoreEntities.SalesRep)
{
    /// <inheritdoc />
    protected override void ApplyToRow(Entity entity, SalesRepRow row)
    {
        base.ApplyToRow(entity, row);
        row.Currency = DefaultCurrency.Or(row.Currency, settings.Value);
    }
}
