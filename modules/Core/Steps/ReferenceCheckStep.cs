using Platform.Modules.Core.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core.Steps;

/// <summary>
/// PreOperation step for Create and Update of every entity (it ignores entities the Core module does not
/// own): checks that referenced records exist (store and customer city, rep team, region parent, ...) and
/// that business codes stay unique. An order's references are enforced by the database instead (ADR 0013):
/// here only its channel rule runs. Throws <see cref="InvalidPluginExecutionException"/> with one error per
/// offending field.
/// </summary>
public sealed class ReferenceCheckStep(CoreDbContext db) : IPipelineStep
{
    /// <inheritdoc />
    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Target is not { } target
            || context.EntityName is not { } entityName
            || !ReferenceRules.ByEntity.TryGetValue(entityName, out var rules))
        {
            return;
        }
        var checker = new ReferenceChecker(db, target, creating: context.MessageName == PipelineMessages.Create);
        await rules(checker, cancellationToken);
        await checker.FlushAsync(cancellationToken);
        if (checker.Errors.Count > 0)
        {
            context.Tracing.Trace("Reference check failed for {0} {1}: {2}", entityName, target.Id, string.Join(", ", checker.Errors.Keys));
            throw new InvalidPluginExecutionException($"The {entityName} refers to records that do not exist or repeats a unique code.")
            {
                Errors = checker.Errors,
            };
        }
    }
}
