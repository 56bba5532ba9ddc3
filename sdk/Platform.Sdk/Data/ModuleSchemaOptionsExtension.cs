using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Sdk.Data;

/// <summary>Carries a module's schema name into its DbContext options. Set by the host.</summary>
internal sealed class ModuleSchemaOptionsExtension : IDbContextOptionsExtension
{
    /// <summary>Creates the extension for a schema.</summary>
    public ModuleSchemaOptionsExtension(string schema)
    {
        Schema = schema;
        Info = new ExtensionInfo(this);
    }

    /// <summary>The module's schema.</summary>
    public string Schema { get; }

    /// <inheritdoc />
    public DbContextOptionsExtensionInfo Info { get; }

    /// <inheritdoc />
    public void ApplyServices(IServiceCollection services) { }

    /// <inheritdoc />
    public void Validate(IDbContextOptions options) { }

    private sealed class ExtensionInfo(ModuleSchemaOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        private new ModuleSchemaOptionsExtension Extension => (ModuleSchemaOptionsExtension)base.Extension;

        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"Schema={Extension.Schema} ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Platform:ModuleSchema"] = Extension.Schema;
    }
}

/// <summary>Option-builder helpers used by the host and by design-time factories.</summary>
public static class ModuleDbContextOptionsBuilderExtensions
{
    /// <summary>Sets the module schema the context applies to its tables.</summary>
    public static DbContextOptionsBuilder UseModuleSchema(this DbContextOptionsBuilder builder, string schema)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new ModuleSchemaOptionsExtension(schema));
        return builder;
    }
}
