using Platform.Sdk.Modules;

namespace Fixtures.DependencyOutOfRange;

/// <summary>Depends on fixtures.json-new ^2.0.0 while 1.0.0 is installed. The host must refuse it; it does nothing itself.</summary>
public sealed class DependencyOutOfRangeModule : IModule
{
    /// <inheritdoc />
    public void Register(IModuleBuilder builder) => ArgumentNullException.ThrowIfNull(builder);
}
