using Platform.Host.Data;
using Platform.Host.Tests.Support;
using Platform.Sdk.Data;

namespace Platform.Host.Tests.Migrations;

/// <summary>The real modules of the module root, loaded as the host loads them, once per provider and test run.</summary>
public static class ModuleContextsFixture
{
    private static readonly Dictionary<string, Lazy<ModuleContextSet>> Sets = ProviderMigrations.All.ToDictionary(
        p => p, p => new Lazy<ModuleContextSet>(() => ModuleContexts.Load(RepoPaths.ModuleRoot, Provider(p))));

    /// <summary>A provider that never connects (scripts and models only).</summary>
    public static IDatabaseProvider Provider(string name) => DatabaseProviders.Create(name, null, "platform_", Path.GetTempPath());

    /// <summary>Every module context, configured for the provider.</summary>
    public static ModuleContextSet For(string provider) => Sets[provider].Value;

    /// <summary>The schemas of every module found.</summary>
    public static IReadOnlySet<string> Schemas(string provider) => For(provider).Contexts.Select(c => c.Schema).ToHashSet(StringComparer.Ordinal);
}
