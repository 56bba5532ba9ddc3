namespace Platform.Sdk.Modules;

/// <summary>
/// Fills a freshly created demo tenant with realistic sample data. The host runs every registered
/// seeder once, in module dependency order, inside a scope bound to the demo tenant's database.
/// </summary>
public interface IDemoDataSeeder
{
    /// <summary>Writes the module's demo data. Called once per demo tenant; never twice.</summary>
    Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken);
}
