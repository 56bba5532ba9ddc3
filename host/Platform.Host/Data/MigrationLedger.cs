using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Platform.Host.Data;

/// <summary>
/// Tells whether a module context has migrations its schema lacks, by comparing the migrations its
/// assembly declares with the rows of its history table. Cheap enough for every start: it needs
/// neither EF Core's model nor its migrator, which are built only when something is pending.
/// </summary>
internal static class MigrationLedger
{
    /// <summary>Ids of the migrations the context's assembly declares for it.</summary>
    public static IReadOnlyList<string> Declared(Type contextType) =>
        contextType.Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>True when every declared migration is recorded in the history table.</summary>
    public static async Task<bool> IsUpToDateAsync(DbConnection connection, IDatabaseProvider provider, string schema, IReadOnlyList<string> declared, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = provider.AppliedMigrationsSql(schema);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }
        catch (DbException)
        {
            return false; // no history table yet: a new schema
        }
        return declared.All(applied.Contains);
    }
}
