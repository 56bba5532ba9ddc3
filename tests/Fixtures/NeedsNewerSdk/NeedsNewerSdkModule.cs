using Platform.Sdk.Modules;

namespace Fixtures.NeedsNewerSdk;

/// <summary>Requires SDK ^2.0.0 in module.json. The host must refuse it; it does nothing itself.</summary>
public sealed class NeedsNewerSdkModule : IModule
{
    /// <inheritdoc />
    public void Register(IModuleBuilder builder) => ArgumentNullException.ThrowIfNull(builder);
}
