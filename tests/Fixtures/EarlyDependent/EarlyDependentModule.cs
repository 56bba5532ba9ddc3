using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk.Data;
using Platform.Sdk.Modules;

namespace Fixtures.EarlyDependent;

/// <summary>
/// Depends on fixtures.json-new and sorts before it by id. While starting it calls json-new's custom
/// message (by name and JSON shape, no reference to its assembly) and throws unless json-new had already
/// started: it is running only when the host started its dependency first.
/// </summary>
public sealed class EarlyDependentModule : IModule
{
    /// <inheritdoc />
    public void Register(IModuleBuilder builder) => ArgumentNullException.ThrowIfNull(builder);

    /// <inheritdoc />
    public async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var data = services.GetRequiredService<IDataService>();
        var answer = await data.ExecuteAsync<DependencyAnswer>("fixtures.json-new.version", new { text = "early-dependent" }, cancellationToken);
        if (answer.Module != "fixtures.json-new" || !answer.Started)
        {
            throw new InvalidOperationException($"fixtures.json-new answered {answer}: it had not started before its dependent.");
        }
    }

    /// <summary>The part of json-new's response this module reads.</summary>
    /// <param name="Module">The answering module.</param>
    /// <param name="Started">Whether it had started.</param>
    internal sealed record DependencyAnswer(string Module, bool Started);
}
