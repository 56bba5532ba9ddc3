namespace Platform.Sdk.Modules;

/// <summary>
/// The entry point of a module. The host finds exactly one public implementation in the module's
/// main assembly, calls <see cref="Register"/> once while it builds its service container, and then
/// <see cref="StartAsync"/> once the host has started, in dependency order.
/// </summary>
public interface IModule
{
    /// <summary>Registers the module's services, pipeline steps, custom messages, stores, endpoints and settings.</summary>
    void Register(IModuleBuilder builder);

    /// <summary>
    /// Runs once after the host has started. A module that throws here is marked faulted; the host and
    /// the other modules keep running.
    /// </summary>
    Task StartAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
