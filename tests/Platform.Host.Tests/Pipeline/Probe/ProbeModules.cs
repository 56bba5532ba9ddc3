using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Modules;
using Platform.Sdk.Http;
using Platform.Host.Tests.Support;
using Platform.Sdk.Modules;

namespace Platform.Host.Tests.Pipeline.Probe;

/// <summary>Two in-process modules for pipeline tests: "notes" owns the note entity, "audit" writes audit rows.</summary>
public static class ProbeModules
{
    public static ModuleManifest Manifest(string id, string? schema, params string[] dependencies) => new()
    {
        Id = id,
        Version = "1.0.0",
        Sdk = "^2.0.0",
        Schema = schema,
        Dependencies = dependencies.ToDictionary(d => d, _ => "^1.0.0"),
    };

    public static InProcessModule Notes(ProbeRecorder recorder, Action<IModuleBuilder>? steps = null) =>
        new(Manifest("probe.notes", "probe"), new NotesModule(recorder, steps));

    public static InProcessModule Audit(Action<IModuleBuilder>? steps = null) =>
        new(Manifest("probe.audit", "audit", "probe.notes"), new AuditModule(steps));

    private sealed class NotesModule(ProbeRecorder recorder, Action<IModuleBuilder>? steps) : IModule
    {
        public void Register(IModuleBuilder builder)
        {
            builder.Services.AddSingleton(recorder);
            builder.AddDbContext<NoteDbContext>();
            builder.AddEntityStore<NoteStore>("note");
            builder.MapEndpoints(e => e.MapEntityEndpoints<NoteInput>("/api/probe/notes", "note"));
            steps?.Invoke(builder);
        }
    }

    private sealed class AuditModule(Action<IModuleBuilder>? steps) : IModule
    {
        public void Register(IModuleBuilder builder)
        {
            builder.AddDbContext<AuditDbContext>();
            steps?.Invoke(builder);
        }
    }

    /// <summary>
    /// Creates the probe modules' tables in the demo tenant's database (they ship no migrations, so the
    /// host leaves their schema alone).
    /// </summary>
    public static async Task<TestPlatform> WithTablesAsync(this Task<TestPlatform> starting)
    {
        var platform = await starting;
        await using var scope = platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Platform.Host.Pipeline.RequestContext>().TenantId = "demo";
        foreach (var contextType in new[] { typeof(NoteDbContext), typeof(AuditDbContext) })
        {
            if (scope.ServiceProvider.GetService(contextType) is DbContext context)
            {
                await context.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
            }
        }
        return platform;
    }

    /// <summary>Counts rows straight from the database, outside any operation.</summary>
    public static async Task<(int Notes, int Audits)> CountAsync(TestPlatform platform)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Platform.Host.Pipeline.RequestContext>().TenantId = "demo";
        var notes = await scope.ServiceProvider.GetRequiredService<NoteDbContext>().Notes.CountAsync();
        var audit = scope.ServiceProvider.GetService<AuditDbContext>();
        return (notes, audit is null ? 0 : await audit.Entries.CountAsync());
    }
}
