using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Modules.Core.Data;
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Seed;

/// <summary>
/// Inserts many rows through the context's connection and transaction without change tracking: one
/// INSERT per row, with table and column names, identifier quoting and value conversion (table
/// prefix, scaled decimals, UTC ticks, GUID text, ...) all taken from the EF Core model, so the rows are
/// stored exactly as <c>SaveChanges</c> would store them, several times faster.
/// </summary>
internal static class BulkInsert
{
    /// <summary>Inserts <paramref name="rows"/> into the table of <typeparamref name="TRow"/>.</summary>
    public static async Task RunAsync<TRow>(CoreDbContext db, IEnumerable<TRow> rows, CancellationToken ct)
        where TRow : class
    {
        var entityType = db.Model.FindEntityType(typeof(TRow))
            ?? throw new InvalidOperationException($"{typeof(TRow).Name} is not part of {nameof(CoreDbContext)}.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entityType.GetProperties()
            .Select((p, i) => (Property: p, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping(), Parameter: sql.GenerateParameterName($"p{i}")))
            .ToList();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) "
            + $"VALUES ({string.Join(", ", columns.Select(c => c.Parameter))})";
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            foreach (var (property, mapping, parameter) in columns)
            {
                // The only shadow property is the record version (ADR 0016): a new row's is the first.
                var value = property.PropertyInfo is { } clr ? clr.GetValue(row) : RecordVersion.First;
                command.Parameters.Add(mapping.CreateParameter(command, parameter, value, property.IsNullable));
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
