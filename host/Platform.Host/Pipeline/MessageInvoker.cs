using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk.Messages;
using Platform.Sdk.Pipeline;

namespace Platform.Host.Pipeline;

/// <summary>Invokes a custom message handler with a request of any shape.</summary>
public interface IMessageInvoker
{
    /// <summary>Converts the request to the handler's type, runs the handler and returns its response.</summary>
    ValueTask<object?> InvokeAsync(IServiceProvider services, object request, IPipelineContext context, CancellationToken cancellationToken);
}

/// <summary>The invoker of one handler type.</summary>
internal sealed class MessageInvoker<TRequest, TResponse, THandler> : IMessageInvoker
    where THandler : class, ICustomMessageHandler<TRequest, TResponse>
{
    public async ValueTask<object?> InvokeAsync(IServiceProvider services, object request, IPipelineContext context, CancellationToken cancellationToken)
    {
        var typed = MessageShapes.Convert<TRequest>(request);
        var handler = services.GetRequiredService<THandler>();
        return await handler.HandleAsync(typed, context, cancellationToken);
    }
}

/// <summary>
/// Moves requests and responses between caller and owner types by JSON shape: modules never share
/// message types, because a module may not reference another module's assembly.
/// </summary>
public static class MessageShapes
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The value as <typeparamref name="T"/>: itself when it already is one, otherwise a JSON round trip.</summary>
    public static T Convert<T>(object? value)
    {
        if (value is T typed)
        {
            return typed;
        }
        try
        {
            var json = value is JsonElement element ? element : JsonSerializer.SerializeToElement(value, Json);
            return json.Deserialize<T>(Json) ?? throw new InvalidPluginExecutionException($"The message payload cannot be empty ({typeof(T).Name}).");
        }
        catch (JsonException e)
        {
            throw new InvalidPluginExecutionException($"The message payload does not fit {typeof(T).Name}: {e.Message}");
        }
    }
}
