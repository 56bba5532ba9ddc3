using Platform.Modules.Core;
using Platform.Modules.Core.Data;

namespace Platform.DesignTime;

/// <summary>Builds <see cref="CoreDbContext"/> (schema <c>core</c>) for <c>dotnet ef</c>.</summary>
public sealed class CoreDesignTimeFactory() : ModuleDesignTimeFactory<CoreDbContext>(CoreModule.Schema);
