using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Settings;
using Platform.Sdk.Modules;

namespace Platform.Modules.Pricing;

/// <summary>Price lists, pricing methods, promotions with deterministic stacking, discount approval and pricing analytics.</summary>
public sealed class PricingModule : IModule
{
    /// <summary>The module id, as in <c>module.json</c>.</summary>
    public const string Id = "platform.pricing";

    /// <summary>The database schema, as in <c>module.json</c> (table prefix <c>pricing_</c> on SQLite).</summary>
    public const string Schema = "pricing";

    /// <inheritdoc />
    public void Register(IModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddDbContext<PricingDbContext>()
            .AddDemoData<Seed.PricingDemoSeeder>()
            .AddSettings<PricingSettings>();
    }
}
