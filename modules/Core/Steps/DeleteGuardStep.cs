using Platform.Modules.Core.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core.Steps;

/// <summary>
/// PreOperation step for Delete of every Core entity: refuses (409) to delete a record that other
/// records still point at, such as a customer with orders, so no reference is left dangling.
/// </summary>
public sealed class DeleteGuardStep(CoreDbContext db) : IPipelineStep
{
    /// <inheritdoc />
    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.EntityName is not { } entity || context.InputParameters["Id"] is not Guid id)
        {
            return;
        }
        var dependents = await DependentRules.DescribeDependentsAsync(db, entity, id, cancellationToken);
        if (dependents.Length > 0)
        {
            throw new InvalidPluginExecutionException($"The {entity} cannot be deleted while other records refer to it: {dependents}.", 409);
        }
    }
}
