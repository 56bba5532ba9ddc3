using Platform.Sdk.Modules;

namespace Fixtures.ThrowsOnRegister;

/// <summary>Throws while registering.</summary>
public sealed class ThrowsOnRegisterModule : IModule
{
    /// <inheritdoc />
    public void Register(IModuleBuilder builder) => throw new InvalidOperationException("boom at register");
}
