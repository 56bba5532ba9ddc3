using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Host.Catalog;

namespace Platform.Host.Observability;

/// <summary>Ready only while the catalog database answers a query (every request needs it for keys and tenants).</summary>
internal sealed class CatalogHealthCheck(CatalogDatabase catalog) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = catalog.Open();
            _ = await db.Tenants.AsNoTracking().Select(t => t.Id).FirstOrDefaultAsync(cancellationToken);
            return HealthCheckResult.Healthy("The catalog database answers.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The catalog database does not answer: {e.GetType().Name}.");
        }
    }
}
