using Microsoft.SqlServer.TransactSql.ScriptDom;
using Platform.Host.Data;
using Platform.Host.Jobs;
using Platform.Sdk.Data;

namespace Platform.SqlServer.Tests;

/// <summary>A SQL Server statement the host writes by hand, and the database it runs in.</summary>
/// <param name="Name">Where it comes from.</param>
/// <param name="Sql">The statement as the host sends it.</param>
/// <param name="Database">
/// <c>tenant</c> (validated against a tenant database's model), or <c>server</c>: run on the maintenance database or
/// reading only SQL Server's own catalog views, which a model without the master database does not hold (parsed only).
/// </param>
public sealed record HandWrittenStatement(string Name, string Sql, string Database)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>Every statement the host writes by hand for SQL Server (a new one must be added here to be checked).</summary>
public static class HandWrittenStatements
{
    private const string Tenant = "tenant";
    private const string Server = "server";

    /// <summary>The statements.</summary>
    public static IReadOnlyList<HandWrittenStatement> All { get; } = Build();

    private static List<HandWrittenStatement> Build()
    {
        var provider = (SqlServerDatabaseProvider)DatabaseProviders.Create(ProviderMigrations.SqlServer, null, "platform_", Path.GetTempPath());
        var jobs = JobSql.For(provider);
        return
        [
            new("jobs: insert", jobs.Insert, Tenant),
            new("jobs: complete", jobs.Complete, Tenant),
            new("jobs: release", jobs.Release, Tenant),
            new("jobs: claim for one module", jobs.Claim(1), Tenant),
            new("jobs: claim for three modules", jobs.Claim(3), Tenant),
            new("jobs: insert a recurring occurrence or a one-off job", jobs.InsertScheduled, Tenant),
            new("jobs: last recorded occurrences", jobs.LastOccurrences, Tenant),
            new("migrations: applied", provider.AppliedMigrationsSql("core"), Tenant),
            new("migrations: lock history", provider.LockMigrationsHistorySql("core")!, Tenant),
            new("demo seeds: ledger", provider.CreateSeedLedgerSql, Tenant),
            new("schema: drop with its objects", SqlServerDatabaseProvider.DropSchemaSql, Server),
            new("database: create", SqlServerDatabaseProvider.CreateDatabaseSql("platform_tenant_demo"), Server),
            new("database: drop", SqlServerDatabaseProvider.DropDatabaseSql("platform_tenant_demo"), Server),
        ];
    }

    /// <summary>
    /// The statement as a stored procedure, so that a model resolves its table and column names: every
    /// variable it uses but does not declare becomes a parameter.
    /// </summary>
    public static string AsProcedure(HandWrittenStatement statement, int number)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var parameters = Variables(statement.Sql);
        var declared = parameters.Count == 0 ? "" : " " + string.Join(", ", parameters.Select(p => $"{p} {TypeOf(p)}"));
        return $"CREATE PROCEDURE [dbo].[hand_written_{number}]{declared} AS BEGIN {statement.Sql} END";
    }

    // The statements bind ids, names and times; SQL Server defers the exact type check to the call.
    private static string TypeOf(string parameter) => parameter is "@limit" or "@depth" or "@attempts" or "@max_attempts" ? "int" : "sql_variant";

    private static List<string> Variables(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out _);
        var visitor = new VariableVisitor();
        fragment.Accept(visitor);
        return [.. visitor.Used.Except(visitor.Declared, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }

    private sealed class VariableVisitor : TSqlFragmentVisitor
    {
        public HashSet<string> Used { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Declared { get; } = new(StringComparer.OrdinalIgnoreCase);

        public override void Visit(VariableReference node) => Used.Add(node.Name);

        public override void Visit(DeclareVariableElement node) => Declared.Add(node.VariableName.Value);
    }
}
