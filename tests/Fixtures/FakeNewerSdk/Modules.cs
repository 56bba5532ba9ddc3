namespace Platform.Sdk.Modules;

/// <summary>Minimal copy of the SDK's module contract, as a future SDK 99 might have it.</summary>
public interface IModule
{
    /// <summary>Registers the module.</summary>
    void Register(IModuleBuilder builder);

    /// <summary>Starts the module.</summary>
    Task StartAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Minimal copy of the SDK's module builder.</summary>
public interface IModuleBuilder
{
    /// <summary>Something only SDK 99 has.</summary>
    IModuleBuilder UseFeatureOfSdk99();
}
