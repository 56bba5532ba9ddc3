using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core.Steps;

/// <summary>
/// PostOperation on opportunity create and on updates that send a stage: records the stage the
/// opportunity entered, with the stage it left, the time (UTC; the creation time for the first entry)
/// and the user, in the operation's transaction. An update that keeps the stage records nothing.
/// </summary>
public sealed class OpportunityStageStep(CoreDbContext db, ICallerContext caller, TimeProvider time) : IPipelineStep
{
    /// <inheritdoc />
    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Target is not { } target || await db.Opportunities.FindAsync([target.Id], cancellationToken) is not { } row)
        {
            return;
        }
        var creating = context.MessageName == PipelineMessages.Create;
        var from = creating || context.PreImage is not { } before ? null : new OpportunityView(before).Stage;
        if (!creating && from == row.Stage)
        {
            return;
        }
        db.OpportunityStageChanges.Add(new OpportunityStageChangeRow
        {
            Id = Guid.CreateVersion7(),
            OpportunityId = row.Id,
            FromStage = from,
            ToStage = row.Stage,
            ChangedAt = creating ? row.CreatedAt : time.GetUtcNow(),
            ChangedBy = caller.UserId,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
