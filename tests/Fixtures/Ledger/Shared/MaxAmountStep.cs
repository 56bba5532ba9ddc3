using Microsoft.Extensions.Options;
using Platform.Sdk.Pipeline;

namespace Fixtures.Ledger;

/// <summary>Refuses an entry above the tenant's <see cref="LedgerSettings.MaxAmount"/>: proves settings are per tenant.</summary>
public sealed class MaxAmountStep(IOptionsSnapshot<LedgerSettings> settings) : IPipelineStep
{
    /// <inheritdoc />
    public ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Target?.GetValue<decimal?>("amount") is { } amount && Math.Abs(amount) > settings.Value.MaxAmount)
        {
            throw new InvalidPluginExecutionException($"An entry may not exceed {settings.Value.MaxAmount} {settings.Value.Currency}.", 422);
        }
        return ValueTask.CompletedTask;
    }
}
