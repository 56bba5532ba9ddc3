using System.Data.Common;
using Platform.Sdk.Data;

namespace Platform.Host.Data;

/// <summary>
/// Tells whether a module context has migrations its schema lacks, by comparing the migrations its
/// assembly declares with the rows of its history table. Cheap enough for every start: it needs
/// neither EF Core's model nor its migrator, which are built only when something is pending.
/// </summary>
internal static class MigrationLedger
{
    /// <summary>
    /// Ids of the migrations the context's assembly declares for it on one provider (its <c>Migrations/&lt;provider&gt;</c>
    /// set). A context with migrations for other providers but none for this one cannot get its schema: that throws.
    /// </summary>
    public static IReadOnlyList<string> Declared(Type contextType, string provider)
    {
        var declared = ProviderMigrations.Declared(contextType.Assembly, contextType, provider).Keys.ToList();
        if (declared.Count == 0 && ProviderMigrations.All.FirstOrDefault(p => ProviderMigrations.Declared(contextType.Assembly, contextType, p).Count > 0) is { } other)
        {
            throw new InvalidOperationException($"{contextType.Name} ships {other} migrations but none for {provider} (Migrations/{provider}).");
        }
        return declared;
    }

    /// <summary>True when every declared migration is recorded in the history table.</summary>
    public static async Task<bool> IsUpToDateAsync(
        DbConnection connection, IDatabaseProvider provider, string schema, IReadOnlyList<string> declared, CancellationToken cancellationToken, DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
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
