using Platform.Sdk.Modules;

namespace Fixtures.CycleA;

/// <summary>Depends on fixtures.cycle-b, which depends on this one. The host must refuse it; it does nothing itself.</summary>
public sealed class CycleAModule : IModule
{
    /// <inheritdoc />
    public void Register(IModuleBuilder builder) => ArgumentNullException.ThrowIfNull(builder);
}
