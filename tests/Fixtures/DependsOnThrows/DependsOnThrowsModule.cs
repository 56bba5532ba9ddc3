using Platform.Sdk.Modules;

namespace Fixtures.DependsOnThrows;

/// <summary>Depends on fixtures.throws-on-start, which faults while starting. The host must refuse it; it does nothing itself.</summary>
public sealed class DependsOnThrowsModule : IModule
{
    /// <inheritdoc />
    public void Register(IModuleBuilder builder) => ArgumentNullException.ThrowIfNull(builder);
}
