using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Platform.Host.Data;

/// <summary>What the host needs from a database engine: connections, context options, a little SQL.</summary>
public interface IDatabaseProvider
{
    /// <summary>The provider's configuration name (Sqlite, PostgreSql, SqlServer).</summary>
    string Name { get; }

    /// <summary>A new, closed connection to the tenant's database.</summary>
    DbConnection CreateConnection(string tenantId);

    /// <summary>Configures a module context: provider, migrations assembly, history table in the module's schema.</summary>
    void Configure(DbContextOptionsBuilder options, Assembly migrationsAssembly, string schema);

    /// <summary>Creates the tenant's database if it does not exist.</summary>
    void EnsureDatabase(string tenantId);

    /// <summary>SQL that reads the migration ids recorded in a module's history table.</summary>
    string AppliedMigrationsSql(string schema);

    /// <summary>SQL that creates the host's demo-seed ledger table if it is missing.</summary>
    string CreateSeedLedgerSql { get; }
}
