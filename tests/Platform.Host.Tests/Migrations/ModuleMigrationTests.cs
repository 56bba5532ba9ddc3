using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Data;
using Xunit;

namespace Platform.Host.Tests.Migrations;

/// <summary>Every module context ships the same migrations for every provider, and each set is up to date with the model.</summary>
public sealed class ModuleMigrationTests
{
    public static TheoryData<string> Providers => new(ProviderMigrations.All);

    [Theory]
    [MemberData(nameof(Providers))]
    public void Each_provider_set_matches_the_model(string provider)
    {
        foreach (var context in ModuleContextsFixture.For(provider).Contexts)
        {
            using var db = context.Create();

            Assert.True(db.Database.GetMigrations().Any(), $"{context.ModuleId}: {context.ContextType.Name} has no migrations in Migrations/{provider}.");
            Assert.False(db.Database.HasPendingModelChanges(),
                $"{context.ModuleId}: the model of {context.ContextType.Name} changed since the last {provider} migration; run tools/add-migration.sh.");
        }
    }

    [Fact]
    public void Every_provider_has_the_same_migrations_with_the_same_ids()
    {
        var byProvider = ProviderMigrations.All.ToDictionary(p => p, p => ModuleContextsFixture.For(p).Contexts.ToDictionary(
            c => $"{c.ModuleId}/{c.ContextType.Name}",
            c => ProviderMigrations.Declared(c.ContextType.Assembly, c.ContextType, p).Keys.ToList()));

        var sqlite = byProvider[ProviderMigrations.Sqlite];
        Assert.NotEmpty(sqlite);
        foreach (var provider in ProviderMigrations.All)
        {
            Assert.Equal(sqlite.Keys.Order(StringComparer.Ordinal), byProvider[provider].Keys.Order(StringComparer.Ordinal));
            foreach (var (context, ids) in sqlite)
            {
                Assert.True(ids.SequenceEqual(byProvider[provider][context]),
                    $"{context}: Sqlite has [{string.Join(", ", ids)}], {provider} has [{string.Join(", ", byProvider[provider][context])}]; add migrations with tools/add-migration.sh.");
            }
        }
    }
}
