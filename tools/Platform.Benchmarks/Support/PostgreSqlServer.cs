using Npgsql;

namespace Platform.Benchmarks.Support;

/// <summary>The PostgreSQL server a benchmark runs on: what it is (for the report) and dropping the benchmark's databases.</summary>
public static class PostgreSqlServer
{
    /// <summary>A database-name prefix no other run uses (<c>bench1a2b3c4d_</c>).</summary>
    public static string NewDatabasePrefix() => $"bench{Guid.NewGuid():N}"[..13] + "_";

    /// <summary>Version, address and durability settings of the server, e.g. "PostgreSQL 15.8 at 127.0.0.1:5432 (fsync=off, synchronous_commit=off)".</summary>
    public static async Task<string> DescribeAsync(string serverConnectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        async Task<string> ShowAsync(string setting)
        {
            await using var command = new NpgsqlCommand($"SHOW {setting}", connection);
            return (string)(await command.ExecuteScalarAsync())!;
        }
        return $"PostgreSQL {await ShowAsync("server_version")} at {builder.Host}:{builder.Port} " +
            $"(fsync={await ShowAsync("fsync")}, synchronous_commit={await ShowAsync("synchronous_commit")}, shared_buffers={await ShowAsync("shared_buffers")})";
    }

    /// <summary>Drops every database whose name starts with the prefix; returns their names.</summary>
    public static async Task<IReadOnlyList<string>> DropDatabasesAsync(string serverConnectionString, string prefix)
    {
        NpgsqlConnection.ClearAllPools();
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @prefix)", connection))
        {
            list.Parameters.AddWithValue("prefix", prefix);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }
        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        return names;
    }
}
