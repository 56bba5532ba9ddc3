using System.Text.Json;
using Platform.Sdk.Jobs;

namespace Platform.Host.Jobs;

/// <summary>Runs a one-off job class with its stored payload (the payload crosses as JSON, read by shape).</summary>
internal interface IScheduledJobInvoker
{
    /// <summary>The payload as stored with the job.</summary>
    string Write(object? payload);

    /// <summary>Resolves the job class in the job's scope and runs it with the payload read back.</summary>
    ValueTask InvokeAsync(IServiceProvider services, string payload, JobContext context, CancellationToken cancellationToken);
}

internal sealed class OneOffJobInvoker<TJob, TPayload> : IScheduledJobInvoker where TJob : class, IOneOffJob<TPayload>
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public string Write(object? payload) => JsonSerializer.Serialize(payload, typeof(TPayload), Web);

    public ValueTask InvokeAsync(IServiceProvider services, string payload, JobContext context, CancellationToken cancellationToken) =>
        services.GetRequiredService<TJob>().ExecuteAsync(JsonSerializer.Deserialize<TPayload>(payload, Web)!, context, cancellationToken);
}
