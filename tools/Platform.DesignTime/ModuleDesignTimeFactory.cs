using Microsoft.EntityFrameworkCore.Design;
using Platform.Host.Data;
using Platform.Sdk.Data;

namespace Platform.DesignTime;

/// <summary>
/// Builds a module context for <c>dotnet ef</c> exactly as the host does (<see cref="ModuleContextOptions{TContext}"/>),
/// on the provider named by <c>--provider &lt;Sqlite|PostgreSql|SqlServer&gt;</c> after <c>--</c>, or by the
/// environment variable <c>PLATFORM_DESIGN_PROVIDER</c> (default Sqlite). Nothing connects to a server.
/// </summary>
public abstract class ModuleDesignTimeFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : ModuleDbContext
{
    /// <summary>The environment variable naming the provider.</summary>
    public const string ProviderVariable = "PLATFORM_DESIGN_PROVIDER";

    /// <inheritdoc />
    public TContext CreateDbContext(string[] args)
    {
        var provider = DatabaseProviders.Create(ProviderName(args), serverConnectionString: null, databasePrefix: "design_", dataFolder: Path.GetTempPath());
        return new ModuleContextOptions<TContext>(provider, typeof(TContext).Assembly, schema).Create();
    }

    private static string ProviderName(string[] args)
    {
        var at = Array.IndexOf(args, "--provider");
        return at >= 0 && at + 1 < args.Length ? args[at + 1]
            : Environment.GetEnvironmentVariable(ProviderVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : ProviderMigrations.Sqlite;
    }
}
