using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Platform.Host.Data;
using Platform.Host.Tests.Support;
using Platform.Sdk.Data;
using Xunit;

namespace Platform.Host.Tests.Migrations;

/// <summary>
/// The idempotent scripts of every module for the server providers, generated without a server: each creates its
/// module's schema and history table there and names no other schema.
/// </summary>
public sealed partial class MigrationScriptTests
{
    public static TheoryData<string> ServerProviders => new(ProviderMigrations.SqlServer, ProviderMigrations.PostgreSql);

    [Theory]
    [MemberData(nameof(ServerProviders))]
    public void Every_module_of_the_module_root_loads_with_its_contexts(string provider)
    {
        var set = ModuleContextsFixture.For(provider);

        Assert.Empty(set.Problems);
        Assert.Contains(set.Contexts, c => c.ModuleId == "platform.core" && c.Schema == "core");
    }

    [Theory]
    [MemberData(nameof(ServerProviders))]
    public void Each_script_creates_its_schema_and_its_history_table_in_it(string provider)
    {
        foreach (var context in ModuleContextsFixture.For(provider).Contexts)
        {
            var script = MigrationScripts.Generate(context);
            var (schema, history) = Delimited(context);

            var createsSchema = provider == ProviderMigrations.SqlServer
                ? $"IF SCHEMA_ID(N'{context.Schema}') IS NULL EXEC(N'CREATE SCHEMA {schema};');"
                : $"CREATE SCHEMA {schema};";
            var createsHistory = provider == ProviderMigrations.SqlServer ? $"CREATE TABLE {history} (" : $"CREATE TABLE IF NOT EXISTS {history} (";
            Assert.True(script.Contains(createsSchema, StringComparison.Ordinal), $"{context.ModuleId}: no `{createsSchema}` in\n{script}");
            Assert.True(script.Contains(createsHistory, StringComparison.Ordinal), $"{context.ModuleId}: no `{createsHistory}` in\n{script}");
        }
    }

    [Theory]
    [MemberData(nameof(ServerProviders))]
    public void Each_script_names_no_schema_but_its_modules_own(string provider)
    {
        foreach (var context in ModuleContextsFixture.For(provider).Contexts)
        {
            var script = MigrationScripts.Generate(context);

            var referenced = provider == ProviderMigrations.SqlServer ? SqlServerSchemaReferences(script) : PostgreSqlSchemaReferences(script);

            Assert.Equal([context.Schema], referenced);
        }
    }

    [Fact]
    public void The_schema_parsers_see_every_qualified_name()
    {
        Assert.Equal(["core", "pricing"], SqlServerSchemaReferences("SELECT * FROM [core].[orders] o JOIN [pricing].[lists] l ON N'[x].[y]' = ''"));
        Assert.Equal(["Odd Schema", "core", "public"], PostgreSqlSchemaReferences("SELECT 1 FROM core.\"__EFMigrationsHistory\" WHERE x = 'a.b'; DROP TABLE public.t; ALTER TABLE \"Odd Schema\".t;"));
        Assert.Equal(["core", "other"], PostgreSqlSchemaReferences("IF EXISTS (SELECT 1 FROM core.products WHERE \"Id\" = NEW.\"ProductId\" AND OLD.x = other.y) THEN"));
    }

    [Theory]
    [MemberData(nameof(ServerProviders))]
    public void The_tool_writes_one_script_per_module(string provider)
    {
        var folder = Directory.CreateTempSubdirectory("platform-sql-").FullName;
        try
        {
            var report = MigrationScripts.Write(RepoPaths.ModuleRoot, ModuleContextsFixture.Provider(provider), folder);

            Assert.Empty(report.Problems);
            Assert.Equal(
                ModuleContextsFixture.For(provider).Contexts.Select(c => $"{c.ModuleId}.sql").Distinct().Order(StringComparer.Ordinal),
                report.Files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.StartsWith("-- platform.core: CoreDbContext, schema core", File.ReadAllText(Path.Combine(folder, "platform.core.sql")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_postgresql_scripts_apply_twice_to_an_empty_database()
    {
        var prefix = TestProvider.NewDatabasePrefix();
        var server = new PostgreSqlDatabaseProvider(TestProvider.PostgreSql.ServerConnectionString, prefix);
        await server.EnsureDatabaseAsync("scripts", CancellationToken.None);
        try
        {
            await using var connection = (NpgsqlConnection)server.CreateConnection("scripts");
            await connection.OpenAsync();
            var contexts = ModuleContextsFixture.For(ProviderMigrations.PostgreSql).Contexts;
            foreach (var context in contexts.Concat(contexts))
            {
                await using var apply = new NpgsqlCommand(MigrationScripts.Generate(context), connection);
                await apply.ExecuteNonQueryAsync();
            }
            await using var count = new NpgsqlCommand("SELECT count(*) FROM core.\"__EFMigrationsHistory\"", connection);
            var tables = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'core'", connection);
            await using (tables)
            {
                Assert.Equal(13L, await tables.ExecuteScalarAsync()); // twelve Core tables and the history table
            }
            var core = contexts.Single(c => c.Schema == "core");
            using (var coreContext = core.Create())
            {
                Assert.Equal((long)coreContext.GetService<IMigrationsAssembly>().Migrations.Count, await count.ExecuteScalarAsync());
            }
            await using var trigger = new NpgsqlCommand("SELECT count(*) FROM pg_trigger WHERE tgname = 'order_lines_product_active'", connection);
            Assert.Equal(1L, await trigger.ExecuteScalarAsync());
        }
        finally
        {
            await server.DropDatabaseAsync("scripts", CancellationToken.None);
        }
    }

    private static (string Schema, string History) Delimited(ModuleContext context)
    {
        using var db = context.Create();
        var sql = db.GetService<ISqlGenerationHelper>();
        return (sql.DelimitIdentifier(context.Schema), sql.DelimitIdentifier(ModuleDbContext.MigrationsHistoryTable, context.Schema));
    }

    /// <summary>Schemas of bracketed two-part names <c>[schema].[object]</c>, outside string literals.</summary>
    private static List<string> SqlServerSchemaReferences(string script) =>
        Distinct(SqlServerQualified().Matches(StringLiteral().Replace(script, "''")).Select(m => m.Groups[1].Value.Replace("]]", "]", StringComparison.Ordinal)));

    /// <summary>
    /// Schemas of two-part names <c>schema.object</c> (either part plain or quoted), outside string literals and
    /// numbers; a trigger function's row records <c>NEW.column</c> and <c>OLD.column</c> are not schemas.
    /// </summary>
    private static List<string> PostgreSqlSchemaReferences(string script) =>
        Distinct(PostgreSqlQualified().Matches(StringLiteral().Replace(script, "''"))
            .Where(m => !(m.Groups["plain"].Success && m.Groups["plain"].Value.ToUpperInvariant() is "NEW" or "OLD"))
            .Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value.Replace("\"\"", "\"", StringComparison.Ordinal) : m.Groups["plain"].Value));

    private static List<string> Distinct(IEnumerable<string> schemas) => [.. schemas.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    [GeneratedRegex("N?'(?:[^']|'')*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\[((?:[^\]]|\]\])+)\]\.\[")]
    private static partial Regex SqlServerQualified();

    [GeneratedRegex("(?<![\\w\"$.])(?:\"(?<quoted>(?:[^\"]|\"\")+)\"|(?<plain>[A-Za-z_][A-Za-z0-9_$]*))\\.(?=[\"A-Za-z_])")]
    private static partial Regex PostgreSqlQualified();
}
