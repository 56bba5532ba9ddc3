using Platform.Host.Modules;

namespace Platform.Host.Api;

/// <summary>Answers 404 for a module's endpoints while the module is not running.</summary>
internal sealed class ModuleEndpointFilter(ModuleDescriptor module) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        module.IsRunning
            ? next(context)
            : ValueTask.FromResult<object?>(Results.Problem(statusCode: 404, title: "Not found.", detail: $"Module {module.Id} is {module.State.ToString().ToLowerInvariant()}."));
}
