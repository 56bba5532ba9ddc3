using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Platform.Sdk.Data;

/// <summary>
/// Base of every module's DbContext. The host supplies the provider, the connection and the module's
/// schema; this base puts every table in that schema (on SQLite, which has no schemas, the schema
/// becomes a table prefix <c>schema_table</c>), makes decimals and dates sortable on SQLite, and on
/// server providers stores every <see cref="DateTimeOffset"/> in UTC and gives decimals without a
/// declared precision <c>decimal(18,4)</c>. Override <see cref="ConfigureModel"/> instead of <c>OnModelCreating</c>.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    /// <summary>The provider name EF Core reports for SQLite.</summary>
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>The migrations-history table name; it lives in the module's schema (prefixed on SQLite).</summary>
    public const string MigrationsHistoryTable = "__EFMigrationsHistory";

    /// <summary>Decimal places kept for money on SQLite when a property sets no precision.</summary>
    public const int DefaultSqliteDecimalScale = 4;

    /// <summary>Total digits of a decimal column on a server provider when the property sets no precision.</summary>
    public const int DefaultDecimalPrecision = 18;

    /// <summary>Decimal places of a decimal column on a server provider when the property sets no precision.</summary>
    public const int DefaultDecimalScale = 4;

    /// <summary>Creates the context with host-built options.</summary>
    protected ModuleDbContext(DbContextOptions options) : base(options) { }

    /// <summary>The module's schema, as the host configured it.</summary>
    public string Schema => this.GetService<IDbContextOptions>().FindExtension<ModuleSchemaOptionsExtension>()?.Schema
        ?? throw new InvalidOperationException($"{GetType().Name} was built without a module schema; let the host create it.");

    /// <summary>Declares the module's entities.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    /// <summary>
    /// True (the default) to give every table a <see cref="RecordVersion"/> column (optimistic concurrency,
    /// ADR 0016). A context whose tables are written by hand-written SQL may switch it off.
    /// </summary>
    protected virtual bool VersionsRecords => true;

    /// <inheritdoc />
    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModel(modelBuilder);
        if (VersionsRecords)
        {
            RecordVersion.AddTo(modelBuilder);
        }
        var schema = Schema;
        if (Database.ProviderName == SqliteProvider)
        {
            ApplySqliteConventions(modelBuilder, schema);
        }
        else
        {
            modelBuilder.HasDefaultSchema(schema);
            ApplyServerConventions(modelBuilder);
        }
    }

    private static void ApplyServerConventions(ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            var clrType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (clrType == typeof(decimal) && property.GetPrecision() is null && property.GetColumnType() is null)
            {
                property.SetPrecision(DefaultDecimalPrecision);
                property.SetScale(DefaultDecimalScale);
            }
            else if (clrType == typeof(DateTimeOffset) && property.GetValueConverter() is null)
            {
                // PostgreSQL's timestamptz accepts only UTC offsets; SQL Server keeps any offset, and UTC everywhere
                // keeps stored times comparable across providers.
                property.SetValueConverter(new ToUtcConverter());
            }
        }
    }

    private static void ApplySqliteConventions(ModelBuilder modelBuilder, string schema)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (entityType.GetTableName() is { } table && !entityType.IsOwned())
            {
                var prefixed = SqliteTableName(schema, table);
                entityType.SetTableName(prefixed);
                entityType.SetSchema(null);
                foreach (var trigger in entityType.GetDeclaredTriggers())
                {
                    trigger.SetTableName(prefixed);
                    trigger.SetTableSchema(null);
                }
            }
            foreach (var property in entityType.GetProperties())
            {
                var clrType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (clrType == typeof(decimal) && property.GetValueConverter() is null)
                {
                    property.SetValueConverter(new ScaledDecimalConverter(property.GetScale() ?? DefaultSqliteDecimalScale));
                }
                else if (clrType == typeof(DateTimeOffset) && property.GetValueConverter() is null)
                {
                    property.SetValueConverter(new UtcTicksConverter());
                }
            }
        }
    }

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RecordVersion.Stamp(this);
        StoredValues.Normalise(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RecordVersion.Stamp(this);
        StoredValues.Normalise(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The migrations-history table of a module on SQLite.</summary>
    public static string SqliteHistoryTableName(string schema) => SqliteTableName(schema, MigrationsHistoryTable);

    /// <summary>The table name used on SQLite for a module's table.</summary>
    public static string SqliteTableName(string schema, string table) => $"{schema}_{table}";

    /// <summary>
    /// Stores a <see cref="DateTimeOffset"/> as its UTC ticks, so filters with any offset compare and sort
    /// by the instant (EF Core's binary converter packs local time with the offset, which does not).
    /// </summary>
    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        stored => new DateTimeOffset(stored, TimeSpan.Zero));

    /// <summary>Writes a <see cref="DateTimeOffset"/> (and compares parameters) at offset zero; reads it as stored.</summary>
    private sealed class ToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
        value => value.ToUniversalTime(),
        stored => stored);

    /// <summary>
    /// Stores a decimal as a scaled integer on SQLite, so it stays exact and sorts and compares in SQL.
    /// </summary>
    private sealed class ScaledDecimalConverter(int scale) : ValueConverter<decimal, long>(
        value => (long)decimal.Round(value * Pow10(scale), MidpointRounding.AwayFromZero),
        stored => stored / Pow10(scale))
    {
        private static decimal Pow10(int n)
        {
            var result = 1m;
            for (var i = 0; i < n; i++)
            {
                result *= 10m;
            }
            return result;
        }
    }
}
