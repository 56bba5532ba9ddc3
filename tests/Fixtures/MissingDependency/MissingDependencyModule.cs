using Platform.Sdk.Modules;

namespace Fixtures.MissingDependency;

/// <summary>Depends on fixtures.absent, which is never installed. The host must refuse it; it does nothing itself.</summary>
public sealed class MissingDependencyModule : IModule
{
    /// <inheritdoc />
    public void Register(IModuleBuilder builder) => ArgumentNullException.ThrowIfNull(builder);
}
