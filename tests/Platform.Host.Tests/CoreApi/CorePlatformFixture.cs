using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.CoreApi;

/// <summary>One platform with the real modules on one provider, shared by a test class; <see cref="ResetAsync"/> empties the tenant.</summary>
public abstract class CorePlatformFixture(TestProvider provider) : IAsyncLifetime
{
    private TenantReset? _reset;

    /// <summary>The running platform.</summary>
    public TestPlatform Platform { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Platform = await TestPlatform.StartAsync(moduleRoot: RepoPaths.ModuleRoot, provider: provider);
        _reset = await TenantReset.CreateAsync(Platform);
    }

    /// <summary>Deletes every row earlier tests wrote.</summary>
    public Task ResetAsync() => _reset!.ResetAsync();

    public async Task DisposeAsync()
    {
        if (_reset is not null)
        {
            await _reset.DisposeAsync();
        }
        if (Platform is not null)
        {
            await Platform.DisposeAsync();
        }
    }
}

public sealed class SqliteCorePlatform() : CorePlatformFixture(TestProvider.Sqlite);

public sealed class PostgreSqlCorePlatform() : CorePlatformFixture(TestProvider.PostgreSql);

public sealed class SqlServerCorePlatform() : CorePlatformFixture(TestProvider.SqlServer);
