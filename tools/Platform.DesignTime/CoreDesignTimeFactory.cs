using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Modules.Core;
using Platform.Modules.Core.Data;
using Platform.Sdk.Data;

namespace Platform.DesignTime;

/// <summary>Builds <see cref="CoreDbContext"/> for <c>dotnet ef</c> on SQLite, with the module schema as table prefix.</summary>
public sealed class CoreDesignTimeFactory : IDesignTimeDbContextFactory<CoreDbContext>
{
    /// <inheritdoc />
    public CoreDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CoreDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(ModuleDbContext.SqliteHistoryTableName(CoreModule.Schema)))
            .UseModuleSchema(CoreModule.Schema);
        return new CoreDbContext((DbContextOptions<CoreDbContext>)options.Options);
    }
}
