using System.Data.Common;
using System.Globalization;

namespace Platform.Host.Data;

/// <summary>Remembers, inside the tenant database, which demo seeders already ran, so none runs twice.</summary>
internal static class DemoSeedLedger
{
    public static async Task<bool> HasAsync(OperationDatabase db, IDatabaseProvider provider, string key, CancellationToken cancellationToken)
    {
        await using (var create = db.Connection.CreateCommand())
        {
            create.CommandText = provider.CreateSeedLedgerSql;
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var query = db.Connection.CreateCommand();
        query.CommandText = "SELECT COUNT(*) FROM platform_demo_seeds WHERE module_id = @key";
        AddParameter(query, "@key", key);
        return Convert.ToInt64(await query.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
    }

    public static async Task RecordAsync(OperationDatabase db, string key, CancellationToken cancellationToken)
    {
        await using var insert = db.Connection.CreateCommand();
        insert.Transaction = db.Transaction;
        insert.CommandText = "INSERT INTO platform_demo_seeds (module_id, seeded_at) VALUES (@key, @at)";
        AddParameter(insert, "@key", key);
        AddParameter(insert, "@at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
