using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Platform.Host.Data;

/// <summary>
/// EF Core's SQLite migrations, minus the <c>PRAGMA foreign_keys</c> switches around a table rebuild. Those
/// must run outside a transaction, and EF Core refuses to run them in the platform's one transaction per
/// module upgrade; the tenant migrator suspends foreign keys itself before that transaction, checks every
/// reference before committing and resumes them afterwards (<see cref="MigrationForeignKeys"/>).
/// </summary>
#pragma warning disable EF1001 // the SQLite generator's constructor takes EF Core's internal-facing dependencies
internal sealed class SqliteInTransactionMigrationsSqlGenerator(MigrationsSqlGeneratorDependencies dependencies, IRelationalAnnotationProvider annotations)
    : SqliteMigrationsSqlGenerator(dependencies, annotations)
#pragma warning restore EF1001
{
    protected override void Generate(SqlOperation operation, IModel? model, MigrationCommandListBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.SuppressTransaction && operation.Sql.TrimStart().StartsWith("PRAGMA foreign_keys", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        base.Generate(operation, model, builder);
    }
}
