using Platform.Sdk.Modules;

namespace Fixtures.CycleB;

/// <summary>Depends on fixtures.cycle-a, which depends on this one. The host must refuse it; it does nothing itself.</summary>
public sealed class CycleBModule : IModule
{
    /// <inheritdoc />
    public void Register(IModuleBuilder builder) => ArgumentNullException.ThrowIfNull(builder);
}
