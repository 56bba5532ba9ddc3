using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Sdk.Data;

namespace Platform.Host.Data;

/// <summary>What <see cref="MigrationScripts.Write"/> wrote and what it could not.</summary>
/// <param name="Files">One script per module: <c>&lt;module-id&gt;.sql</c>.</param>
/// <param name="Problems">Faulted modules and contexts without migrations for the provider; empty when all is well.</param>
public sealed record MigrationScriptReport(IReadOnlyList<string> Files, IReadOnlyList<string> Problems);

/// <summary>
/// Idempotent migration scripts (each migration guarded by the module's history table) for a provider,
/// generated from the modules' migrations without any database: for a DBA who applies SQL Server
/// changes by hand, or to review what a module does to its schema.
/// </summary>
public static class MigrationScripts
{
    /// <summary>The idempotent script of every migration the context declares for the provider.</summary>
    public static string Generate(ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var db = context.Create();
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    /// <summary>Writes <c>&lt;module-id&gt;.sql</c> into <paramref name="outputFolder"/> for every module with migrations.</summary>
    public static MigrationScriptReport Write(string moduleRoot, IDatabaseProvider provider, string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var set = ModuleContexts.Load(moduleRoot, provider);
        var problems = set.Problems.ToList();
        var files = new List<string>();
        Directory.CreateDirectory(outputFolder);
        foreach (var module in set.Contexts.GroupBy(c => c.ModuleId))
        {
            var script = new StringBuilder();
            foreach (var context in module)
            {
                if (ProviderMigrations.Declared(context.ContextType.Assembly, context.ContextType, provider.Name).Count == 0)
                {
                    problems.Add($"{module.Key}: {context.ContextType.Name} has no {provider.Name} migrations (Migrations/{provider.Name}).");
                    continue;
                }
                script.AppendLine($"-- {module.Key}: {context.ContextType.Name}, schema {context.Schema}, {provider.Name}, idempotent");
                script.AppendLine(Generate(context));
            }
            if (script.Length > 0)
            {
                var file = Path.Combine(outputFolder, $"{module.Key}.sql");
                File.WriteAllText(file, script.ToString());
                files.Add(file);
            }
        }
        return new MigrationScriptReport(files, problems);
    }
}
