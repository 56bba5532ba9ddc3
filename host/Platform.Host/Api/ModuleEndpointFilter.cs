using Platform.Host.Modules;
using Platform.Host.Pipeline;

namespace Platform.Host.Api;

/// <summary>
/// Guards a module's endpoints: only tenant keys reach tenant data (403 for a platform key), and the
/// module answers 404 while it is not running on this host or not enabled for the caller's tenant.
/// </summary>
internal sealed class ModuleEndpointFilter(ModuleDescriptor module) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.RequestServices.GetRequiredService<RequestContext>();
        if (request.Tenant is not { } tenant)
        {
            return Refuse(403, "Forbidden.", "Module data belongs to tenants; use a tenant's API key.");
        }
        if (!module.IsRunning)
        {
            return Refuse(404, "Not found.", $"Module {module.Id} is {module.State.ToString().ToLowerInvariant()}.");
        }
        if (!tenant.IsEnabled(module.Id))
        {
            var detail = tenant.Modules.TryGetValue(module.Id, out var state) && state.Error is { } error
                ? $"Module {module.Id} is {state.Status.ToString().ToLowerInvariant()} for tenant '{tenant.Id}': {error}"
                : $"Module {module.Id} is not enabled for tenant '{tenant.Id}'.";
            return Refuse(404, "Not found.", detail);
        }
        return Run(context, next);
    }

    /// <summary>Runs the endpoint as the module's code, so unqualified names mean the module's own first (ADR 0018).</summary>
    private async ValueTask<object?> Run(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        CallingModule.Enter(module);
        return await next(context);
    }

    private static ValueTask<object?> Refuse(int status, string title, string detail) =>
        ValueTask.FromResult<object?>(Results.Problem(statusCode: status, title: title, detail: detail));
}
