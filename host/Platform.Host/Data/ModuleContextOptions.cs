using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Platform.Sdk.Data;

namespace Platform.Host.Data;

/// <summary>
/// Options and a constructor for one module DbContext type, built once: the connection is attached
/// per operation, so the options (and EF Core's internal services) are reused.
/// </summary>
public sealed class ModuleContextOptions<TContext> where TContext : ModuleDbContext
{
    private readonly Func<DbContextOptions<TContext>, TContext> _create;

    /// <summary>Builds the options for the module's schema and migrations assembly.</summary>
    public ModuleContextOptions(IDatabaseProvider provider, Assembly migrationsAssembly, string schema)
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        provider.Configure(builder, migrationsAssembly, schema);
        builder.UseModuleSchema(schema);
        // Migrations run inside the host's own transaction, so that all of a module's pending migrations
        // apply together or not at all (EF Core otherwise refuses an outer transaction).
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.MigrationsUserTransactionWarning));
        builder.UseProviderMigrations();
        builder.ReplaceService<IModelCacheKeyFactory, ModuleModelCacheKeyFactory>();
        Options = builder.Options;
        Schema = schema;
        var parameter = Expression.Parameter(typeof(DbContextOptions<TContext>));
        var constructor = typeof(TContext).GetConstructor([typeof(DbContextOptions<TContext>)])
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} needs a public constructor taking DbContextOptions<{typeof(TContext).Name}>.");
        _create = Expression.Lambda<Func<DbContextOptions<TContext>, TContext>>(Expression.New(constructor, parameter), parameter).Compile();
    }

    /// <summary>The module's schema.</summary>
    public string Schema { get; }

    /// <summary>The shared options.</summary>
    public DbContextOptions<TContext> Options { get; }

    /// <summary>A new context (not yet attached to a connection).</summary>
    public TContext Create() => _create(Options);
}

/// <summary>Caches a module model per context type, provider and schema (the default key is the type alone).</summary>
internal sealed class ModuleModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context.Database.ProviderName, (context as ModuleDbContext)?.Schema, designTime);
}
