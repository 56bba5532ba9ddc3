using Microsoft.Extensions.Options;
using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Modules.Core.Settings;
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Stores;

/// <summary>Main operation of the <c>product</c> entity; a missing currency becomes the tenant's default.</summary>
public sealed class ProductStore(CoreDbContext context, IOptionsSnapshot<CoreSettings> settings)
    : EfEntityStore<CoreDbContext, ProductRow>(context, CoreEntities.Product)
{
    /// <inheritdoc />
    protected override void ApplyToRow(Entity entity, ProductRow row)
    {
        base.ApplyToRow(entity, row);
        row.Currency = DefaultCurrency.Or(row.Currency, settings.Value);
    }
}
