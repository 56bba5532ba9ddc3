using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Host.Modules;

namespace Platform.Host.Observability;

/// <summary>Ready once startup has migrated and started the modules; a faulted module degrades it, by name.</summary>
internal sealed class ModulesHealthCheck(ModuleCatalog modules, PlatformStartupState startup) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!startup.Completed)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The platform is still starting."));
        }
        var faulted = modules.Modules.Where(m => m.State == ModuleState.Faulted).Select(m => m.Id).ToList();
        return Task.FromResult(faulted.Count == 0
            ? HealthCheckResult.Healthy($"{modules.Modules.Count(m => m.IsRunning)} modules running.")
            : HealthCheckResult.Degraded($"Faulted: {string.Join(", ", faulted)} (see /api/modules)."));
    }
}
