using Platform.Sdk.Pipeline;

namespace Platform.Sdk.Messages;

/// <summary>
/// The main operation of a custom message (like a Dataverse custom API). Exactly one module owns a
/// message name; any module calls it through <see cref="Data.IDataService.ExecuteAsync{TResponse}"/>.
/// </summary>
/// <typeparam name="TRequest">The request type (exchanged by JSON shape with callers).</typeparam>
/// <typeparam name="TResponse">The response type.</typeparam>
public interface ICustomMessageHandler<in TRequest, TResponse>
{
    /// <summary>Handles the request inside the operation's transaction.</summary>
    ValueTask<TResponse> HandleAsync(TRequest request, IPipelineContext context, CancellationToken cancellationToken);
}
