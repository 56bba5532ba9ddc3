using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Modules.Core.Settings;
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Stores;

/// <summary>
/// Main operation of the <c>opportunity</c> entity. Reads return the stage history as the
/// <c>stageHistory</c> attribute (child entities, oldest first), which <see cref="Steps.OpportunityStageStep"/>
/// records; a sent <c>stageHistory</c> is ignored. Stamps <c>createdAt</c> when a new opportunity has none;
/// a missing currency becomes the tenant's default.
/// </summary>
public sealed class OpportunityStore(CoreDbContext context, IOptionsSnapshot<CoreSettings> settings, TimeProvider? time = null)
    : EfEntityStore<CoreDbContext, OpportunityRow>(context, CoreEntities.Opportunity)
{
    private static readonly EntityMap HistoryMap = EntityMap.For(typeof(OpportunityStageChangeRow));
    private static readonly HashSet<string> Recorded = new(StringComparer.OrdinalIgnoreCase) { CoreAttributes.Opportunity.StageHistory };
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <inheritdoc />
    protected override ISet<string>? ChildAttributes => Recorded;

    /// <inheritdoc />
    protected override IQueryable<OpportunityRow> ForRead(IQueryable<OpportunityRow> rows) => rows.Include(o => o.StageHistory);

    /// <inheritdoc />
    protected override Entity ToEntity(OpportunityRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var entity = base.ToEntity(row);
        entity[CoreAttributes.Opportunity.StageHistory] = row.StageHistory
            .OrderBy(h => h.ChangedAt).ThenBy(h => h.Id)
            .Select(h =>
            {
                var change = new Entity(CoreEntities.OpportunityStageChange, h.Id);
                HistoryMap.CopyToEntity(h, change);
                return change;
            })
            .ToList();
        return entity;
    }

    /// <inheritdoc />
    protected override void ApplyToRow(Entity entity, OpportunityRow row)
    {
        base.ApplyToRow(entity, row);
        row.Currency = DefaultCurrency.Or(row.Currency, settings.Value);
        if (row.CreatedAt == default)
        {
            row.CreatedAt = _time.GetUtcNow();
        }
    }
}
