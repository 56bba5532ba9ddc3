using System.Globalization;
using Microsoft.Extensions.Options;
using Platform.Modules.Core.Model;
using Platform.Modules.Core.Settings;
using Platform.Modules.Core.Stores;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core.Steps;

/// <summary>
/// PreValidation of an order's create and update (when lines are sent), before any step prices or writes
/// it: every line's quantity × list price and quantity × net price, and the order's sum of those, must stay
/// within <see cref="CoreSettings.MaxOrderAmount"/>. Beyond it the amounts would overflow the money columns
/// or the pricing engine's minor units; the caller gets a 400 naming the line's quantity (or <c>lines</c>).
/// </summary>
public sealed class OrderAmountLimitStep(IOptionsSnapshot<CoreSettings> settings) : IPipelineStep
{
    /// <inheritdoc />
    public ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.EntityName != CoreEntities.Order || context.Target?[OrderStore.LinesAttribute] is not IEnumerable<Entity> lines)
        {
            return ValueTask.CompletedTask;
        }
        var limit = settings.Value.MaxOrderAmount;
        var errors = new Dictionary<string, string[]>();
        var total = 0m;
        var index = 0;
        foreach (var line in lines)
        {
            var quantity = line.GetValue<int?>("quantity") ?? 0;
            var price = Math.Max(line.GetValue<decimal?>("listPrice") ?? 0m, line.GetValue<decimal?>("netPrice") ?? 0m);
            var amount = quantity * price; // at most 10^6 × 10^12 by the input's ranges: no decimal overflow
            if (amount > limit)
            {
                errors[$"{OrderStore.LinesAttribute}[{index}].quantity"] =
                    [$"quantity × price is {amount.ToString(CultureInfo.InvariantCulture)}; a line's amount may be at most {limit.ToString(CultureInfo.InvariantCulture)}."];
            }
            total += amount;
            index++;
        }
        if (errors.Count == 0 && total > limit)
        {
            errors[OrderStore.LinesAttribute] = [$"The lines add up to more than {limit.ToString(CultureInfo.InvariantCulture)}, the largest order amount."];
        }
        if (errors.Count > 0)
        {
            throw new InvalidPluginExecutionException("The order's amounts are too large.") { Errors = errors };
        }
        return ValueTask.CompletedTask;
    }
}
