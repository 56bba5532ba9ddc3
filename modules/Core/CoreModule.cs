using Platform.Sdk.Modules;

namespace Platform.Modules.Core;

/// <summary>The common data model: customers, products, sales organisation, partners, orders, inventory.</summary>
public sealed class CoreModule : IModule
{
    /// <inheritdoc />
    public void Register(IModuleBuilder builder)
    {
    }
}
