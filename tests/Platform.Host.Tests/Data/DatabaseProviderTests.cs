using Platform.Host.Data;
using Xunit;

namespace Platform.Host.Tests.Data;

/// <summary>Provider choice and server database names (no server needed).</summary>
public sealed class DatabaseProviderTests
{
    [Theory]
    [InlineData("catalog", "platform_catalog")]
    [InlineData("tenant-demo", "platform_tenant_demo")]
    [InlineData("tenant-acme_2", "platform_tenant_acme_2")]
    public void Logical_names_become_lower_case_identifiers_with_the_prefix(string logical, string physical) =>
        Assert.Equal(physical, PhysicalDatabaseNames.For("platform_", logical, PostgreSqlDatabaseProvider.MaxNameLength));

    [Fact]
    public void Names_that_lose_information_or_length_get_a_hash_and_stay_apart_and_short()
    {
        var upper = PhysicalDatabaseNames.For("platform_", "tenant-Demo", 63);
        var dotted = PhysicalDatabaseNames.For("platform_", "tenant-de.mo", 63);
        var underscored = PhysicalDatabaseNames.For("platform_", "tenant-de_mo", 63);
        var longName = PhysicalDatabaseNames.For("platform_", "tenant-" + new string('x', 100), 63);

        Assert.Matches("^platform_tenant_demo_[0-9a-f]{8}$", upper);
        Assert.NotEqual(dotted, underscored);
        Assert.Equal(63, longName.Length);
        Assert.Matches("^[a-z0-9_]+$", longName);
        Assert.Equal("_1tenant_demo", PhysicalDatabaseNames.For("1", "tenant-demo", 63));
    }

    [Theory]
    [InlineData("sqlite", typeof(SqliteDatabaseProvider))]
    [InlineData("PostgreSql", typeof(PostgreSqlDatabaseProvider))]
    [InlineData("SQLSERVER", typeof(SqlServerDatabaseProvider))]
    public void The_provider_is_chosen_by_name_in_any_case(string name, Type expected)
    {
        var options = new PlatformOptions { Provider = name, ConnectionString = "Host=localhost" };

        var provider = DatabaseProviders.Create(options, Path.GetTempPath());

        Assert.IsType(expected, provider);
    }

    [Fact]
    public void A_server_provider_without_a_connection_string_or_an_unknown_provider_is_refused_at_start()
    {
        var missing = Assert.Throws<InvalidOperationException>(() => DatabaseProviders.Create(new PlatformOptions { Provider = "PostgreSql" }, Path.GetTempPath()));
        var unknown = Assert.Throws<InvalidOperationException>(() => DatabaseProviders.Create(new PlatformOptions { Provider = "Oracle" }, Path.GetTempPath()));

        Assert.Contains("Platform:ConnectionString", missing.Message, StringComparison.Ordinal);
        Assert.Contains("use Sqlite, PostgreSql or SqlServer", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Server_providers_read_the_history_table_in_the_modules_schema()
    {
        Assert.Equal("SELECT \"MigrationId\" FROM \"core\".\"__EFMigrationsHistory\"", new PostgreSqlDatabaseProvider(null, "p_").AppliedMigrationsSql("core"));
        Assert.Equal("SELECT [MigrationId] FROM [core].[__EFMigrationsHistory]", new SqlServerDatabaseProvider(null, "p_").AppliedMigrationsSql("core"));
    }
}
