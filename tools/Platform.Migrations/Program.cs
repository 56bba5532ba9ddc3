using Platform.Host.Data;

// Writes an idempotent migration script per module for one provider, without any database:
//   dotnet run --project tools/Platform.Migrations -- script [--provider SqlServer] [--module-root artifacts/modules] [--out artifacts/sql/sqlserver]
// Modules are loaded from the module root exactly as the host loads them. Exit code 1 when a module is
// faulted or a context lacks migrations for the provider (what could be written is still written).
if (args.Length == 0 || args[0] != "script" || args.Length % 2 == 0)
{
    Console.Error.WriteLine("usage: Platform.Migrations script [--provider SqlServer|PostgreSql|Sqlite] [--module-root <folder>] [--out <folder>]");
    return 2;
}
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}
var provider = DatabaseProviders.Normalise(options.GetValueOrDefault("--provider", "SqlServer"));
var moduleRoot = Path.GetFullPath(options.GetValueOrDefault("--module-root", Path.Combine("artifacts", "modules")));
var output = Path.GetFullPath(options.GetValueOrDefault("--out", Path.Combine("artifacts", "sql", provider.ToLowerInvariant())));

var report = MigrationScripts.Write(moduleRoot, DatabaseProviders.Create(provider, null, "platform_", Path.GetTempPath()), output);
foreach (var file in report.Files)
{
    Console.WriteLine($"wrote {Path.GetRelativePath(Environment.CurrentDirectory, file)}");
}
foreach (var problem in report.Problems)
{
    Console.Error.WriteLine($"error: {problem}");
}
if (report.Files.Count == 0 && report.Problems.Count == 0)
{
    Console.Error.WriteLine($"error: no module with migrations under {moduleRoot}.");
    return 1;
}
return report.Problems.Count == 0 ? 0 : 1;
