using Platform.Sdk.Modules;

namespace Platform.Modules.Core.Seed;

/// <summary>Demo data placeholder.</summary>
public sealed class CoreDemoSeeder : IDemoDataSeeder
{
    /// <inheritdoc />
    public Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
