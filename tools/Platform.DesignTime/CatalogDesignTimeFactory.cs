using Platform.Host.Catalog;

namespace Platform.DesignTime;

/// <summary>Builds the host's <see cref="CatalogDbContext"/> (schema <c>platform</c>) for <c>dotnet ef</c>.</summary>
public sealed class CatalogDesignTimeFactory() : ModuleDesignTimeFactory<CatalogDbContext>(CatalogDbContext.SchemaName);
