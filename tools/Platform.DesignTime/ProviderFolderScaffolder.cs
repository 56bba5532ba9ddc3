using Microsoft.EntityFrameworkCore.Migrations.Design;
using Platform.Sdk.Data;

namespace Platform.DesignTime;

/// <summary>
/// EF Core's scaffolder finds an existing snapshot or migration file by name anywhere in the project.
/// Every provider folder holds files of the same names (<c>CoreDbContextModelSnapshot.cs</c>, one id per
/// migration), so the search is kept to the folder of the provider being scaffolded (ADR 0007).
/// </summary>
public sealed class ProviderFolderScaffolder(MigrationsScaffolderDependencies dependencies) : MigrationsScaffolder(dependencies)
{
    /// <inheritdoc />
    protected override string? TryGetProjectFile(string projectDir, string fileName)
    {
        var folder = ProviderMigrations.FolderOf(Dependencies.DatabaseProvider.Name);
        return Directory.EnumerateFiles(projectDir, fileName, SearchOption.AllDirectories)
            .FirstOrDefault(path => Path.GetFileName(Path.GetDirectoryName(path)) == folder);
    }
}
