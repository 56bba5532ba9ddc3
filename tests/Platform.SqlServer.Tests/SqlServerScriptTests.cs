using Xunit;

namespace Platform.SqlServer.Tests;

/// <summary>
/// Every SQL Server migration script and hand-written statement parses with Microsoft's T-SQL parser, and the
/// schemas they build validate as a DacFx model: a syntax error or an unresolved name fails the build's tests.
/// </summary>
public sealed class SqlServerScriptTests
{
    public static TheoryData<string> Contexts => [.. SqlServerDatabases.All.Select(c => c.Name)];

    public static TheoryData<HandWrittenStatement> Statements => [.. HandWrittenStatements.All];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Each_migration_script_parses(string context)
    {
        var scripts = SqlServerDatabases.All.Single(c => c.Name == context);

        AssertNone(TSqlReader.SyntaxErrors(scripts.Migrations));
        AssertNone(TSqlReader.SyntaxErrors(scripts.Create));
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Each_hand_written_statement_parses(HandWrittenStatement statement)
    {
        AssertNone(TSqlReader.SyntaxErrors(statement.Sql));
    }

    [Fact]
    public void The_catalog_schema_validates()
    {
        using var model = new SchemaModel().Add(Schema(SqlServerDatabases.Catalog));

        AssertNone(model.Problems());
    }

    [Fact]
    public void The_tenant_schema_of_every_module_validates_with_the_hand_written_statements()
    {
        var tenant = HandWrittenStatements.All.Where(s => s.Database == "tenant").ToList();
        using var model = new SchemaModel()
            .Add(Schema(SqlServerDatabases.Tenant))
            .Add(tenant.Select((s, i) => HandWrittenStatements.AsProcedure(s, i)));

        AssertNone(model.Problems());
    }

    [Fact]
    public void The_tenant_schema_holds_every_module_table_and_trigger()
    {
        var definitions = Schema(SqlServerDatabases.Tenant).ToList();

        Assert.Contains(definitions, d => d.StartsWith("CREATE TABLE [platform].[jobs]", StringComparison.Ordinal));
        Assert.Contains(definitions, d => d.StartsWith("CREATE TABLE [core].[orders]", StringComparison.Ordinal));
        Assert.Contains(definitions, d => d.StartsWith("CREATE TABLE [pricing].", StringComparison.Ordinal));
        Assert.Contains(definitions, d => d.Contains("CREATE TRIGGER", StringComparison.OrdinalIgnoreCase) && d.Contains("order_lines_product_active", StringComparison.Ordinal));
    }

    private static void AssertNone(IReadOnlyList<string> problems) => Assert.True(problems.Count == 0, string.Join('\n', problems));

    /// <summary>
    /// A database's schema: the current model of each context (tables, keys, indexes, constraints) and the objects
    /// only its migrations create (triggers, views, procedures, functions: the latest definition of each).
    /// </summary>
    private static IEnumerable<string> Schema(IEnumerable<ContextScripts> contexts) => contexts.SelectMany(c =>
        TSqlReader.Definitions(c.Create).Concat(
            TSqlReader.Definitions(c.Migrations)
                .Where(d => !d.StartsWith("CREATE TABLE", StringComparison.OrdinalIgnoreCase)
                    && !d.StartsWith("CREATE SCHEMA", StringComparison.OrdinalIgnoreCase)
                    && !d.StartsWith("CREATE INDEX", StringComparison.OrdinalIgnoreCase)
                    && !d.StartsWith("CREATE UNIQUE INDEX", StringComparison.OrdinalIgnoreCase)
                    && !d.StartsWith("ALTER TABLE", StringComparison.OrdinalIgnoreCase))
                .GroupBy(ObjectName).Select(g => g.Last())))
        .Distinct(StringComparer.Ordinal); // a context's history table script creates its schema again

    private static string ObjectName(string definition) => string.Join(' ', definition.Split((char[])[' ', '\n', '\r', '\t'], 4, StringSplitOptions.RemoveEmptyEntries).Take(3));
}
