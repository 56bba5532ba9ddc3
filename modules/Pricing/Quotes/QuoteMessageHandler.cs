using Platform.Sdk.Messages;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Pricing.Quotes;

/// <summary>
/// The custom message <c>pricing.quote</c>: prices a cart without creating an order. Other modules call it
/// through <c>IDataService.ExecuteAsync</c> with a request of the same JSON shape as <see cref="QuoteRequest"/>.
/// </summary>
internal sealed class QuoteMessageHandler(QuoteService quotes) : ICustomMessageHandler<QuoteRequest, QuoteResponse>
{
    public const string MessageName = "pricing.quote";

    public async ValueTask<QuoteResponse> HandleAsync(QuoteRequest request, IPipelineContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = Platform.Sdk.Http.InputValidator.Validate(request);
        if (errors.Count > 0)
        {
            throw new InvalidPluginExecutionException("The cart is not valid.") { Errors = errors };
        }
        return (await quotes.QuoteAsync(request, cancellationToken)).Response;
    }
}
