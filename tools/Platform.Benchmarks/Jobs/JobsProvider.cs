using System.Data.Common;
using Platform.Host.Data;

namespace Platform.Benchmarks.Jobs;

/// <summary>The host's database provider for the benchmark, and the baseline's hand-written insert per provider.</summary>
public static class JobsProvider
{
    public static IDatabaseProvider Create(string provider, string? connectionString, string prefix, string dataFolder) =>
        provider != "Sqlite" && string.IsNullOrWhiteSpace(connectionString)
            ? throw new ArgumentException($"--provider {provider} needs --connection (or PLATFORM_TEST_POSTGRES).")
            : DatabaseProviders.Create(provider, connectionString, prefix, dataFolder);

    /// <summary>The fixture's effects table as the provider names it.</summary>
    private static string EffectsTable(string provider) => provider switch
    {
        "Sqlite" => "\"jobfx_effects\"",
        "SqlServer" => "[jobfx].[effects]",
        _ => "\"jobfx\".\"effects\"",
    };

    /// <summary>
    /// The baseline: <paramref name="count"/> transactions on one connection, each inserting one row into the
    /// fixture's effects table — the database work each job's step does, without the platform. Returns seconds.
    /// </summary>
    public static async Task<double> InsertLoopAsync(IDatabaseProvider provider, string providerName, int count)
    {
        await using var connection = provider.CreateConnection(DatabaseNames.Tenant("demo"));
        await connection.OpenAsync();
        var sql = $"INSERT INTO {EffectsTable(providerName)} (\"Id\", \"JobId\", \"At\") VALUES (@id, @job, @at)";
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            Add(command, "@id", Guid.NewGuid());
            Add(command, "@job", Guid.NewGuid());
            Add(command, "@at", providerName == "Sqlite" ? DateTimeOffset.UtcNow.UtcTicks : DateTimeOffset.UtcNow);
            await command.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
        return System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
