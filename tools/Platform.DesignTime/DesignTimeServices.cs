using System.Globalization;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.DesignTime;

/// <summary>
/// Design-time services for one migrations folder per provider: the scaffolder keeps to the provider's
/// folder, and <c>tools/add-migration.sh</c> gives one migration the same id on every provider (the
/// timestamp comes from <c>PLATFORM_MIGRATION_TIMESTAMP</c>, yyyyMMddHHmmss, when it is set).
/// </summary>
public sealed class DesignTimeServices : IDesignTimeServices
{
    /// <summary>The environment variable holding the shared timestamp.</summary>
    public const string TimestampVariable = "PLATFORM_MIGRATION_TIMESTAMP";

    /// <inheritdoc />
    public void ConfigureDesignTimeServices(IServiceCollection serviceCollection)
    {
        serviceCollection.AddSingleton<IMigrationsIdGenerator>(new SharedTimestampIdGenerator(Environment.GetEnvironmentVariable(TimestampVariable)));
        serviceCollection.AddScoped<IMigrationsScaffolder, ProviderFolderScaffolder>();
    }

    private sealed class SharedTimestampIdGenerator(string? timestamp) : IMigrationsIdGenerator
    {
        private const string Format = "yyyyMMddHHmmss";

        public string GenerateId(string name) =>
            $"{(string.IsNullOrEmpty(timestamp) ? DateTime.UtcNow.ToString(Format, CultureInfo.InvariantCulture) : timestamp)}_{name}";

        public string GetName(string id) => id[(Format.Length + 1)..];

        public bool IsValidId(string value) =>
            value.Length > Format.Length + 1 && value[Format.Length] == '_'
            && DateTime.TryParseExact(value[..Format.Length], Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }
}
