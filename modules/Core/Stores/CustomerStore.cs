using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Stores;

/// <summary>Main operation of the <c>customer</c> entity; stamps <c>createdAt</c> when a new customer has none.</summary>
public sealed class CustomerStore(CoreDbContext context, TimeProvider? time = null)
    : EfEntityStore<CoreDbContext, CustomerRow>(context, CoreEntities.Customer)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <inheritdoc />
    protected override void ApplyToRow(Entity entity, CustomerRow row)
    {
        base.ApplyToRow(entity, row);
        if (row.CreatedAt == default)
        {
            row.CreatedAt = _time.GetUtcNow();
        }
    }
}
