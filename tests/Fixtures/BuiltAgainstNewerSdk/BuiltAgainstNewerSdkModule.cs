using Platform.Sdk.Modules;

namespace Fixtures.BuiltAgainstNewerSdk;

/// <summary>
/// Compiled against Platform.Sdk 99.0.0.0 (tests/Fixtures/FakeNewerSdk). Loading it would end in a
/// TypeLoadException or MissingMethodException; the host must refuse it before loading.
/// </summary>
public sealed class BuiltAgainstNewerSdkModule : IModule
{
    /// <inheritdoc />
    public void Register(IModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseFeatureOfSdk99();
    }
}
