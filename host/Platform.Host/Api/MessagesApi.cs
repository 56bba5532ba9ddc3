using System.Text.Json;
using Platform.Host.Auth.Permissions;
using Platform.Host.OpenApi;
using Platform.Host.Pipeline;
using Platform.Sdk.Http;
using Platform.Sdk.Modules;

namespace Platform.Host.Api;

/// <summary>
/// <c>POST /api/messages/{name}</c>: runs any custom message for the caller's tenant and identity, through the
/// pipeline, with the problems of an entity write (400 naming fields, 403, 404). The name may be qualified
/// (<c>platform.pricing/pricing.quote</c>) or unqualified when one enabled module owns it (ADR 0018).
/// </summary>
internal static class MessagesApi
{
    /// <summary>The entity writes' JSON rules, and a request record's constructor parameters are required.</summary>
    private static readonly JsonSerializerOptions RequestJson = new(EntityEndpoints.InputJson) { RespectRequiredConstructorParameters = true };

    public static void MapMessagesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages/{**name}", ExecuteAsync)
            .Accepts<JsonElement>("application/json").WithTags("platform").WithName("messages.execute").WithSummary("Run a custom message").WithMetadata(new PipelineRoute())
            .RequirePermission(HostPermissions.MessagesCall);
    }

    private static async Task<IResult> ExecuteAsync(
        string name, HttpRequest http, RequestContext request, PipelineRegistry registry, IPermissionChecker permissions, PermissionCatalog catalog,
        PipelineExecutor executor, CancellationToken ct)
    {
        if (request.Tenant is null)
        {
            return Results.Problem(statusCode: 403, title: "Forbidden.", detail: "Custom messages work on a tenant's data; use a tenant's API key.");
        }
        var owner = registry.ResolveMessage(name, caller: null, m => m.IsRunning && request.IsModuleEnabled(m.Id));
        if (!MessagePermission.Allows(owner, permissions, catalog))
        {
            return Results.Problem(statusCode: 403, title: "Forbidden.", detail: $"Custom message '{owner.QualifiedName}' needs the permission '{MessagePermission.Of(owner, catalog)}'.");
        }
        var (input, _, problem) = await EntityEndpoints.ReadInputAsync(http, owner.RequestType, partial: false, RequestJson, ct);
        if (problem is not null)
        {
            return problem;
        }
        var response = await executor.ExecuteAsync(new Operation(owner.QualifiedName, null, Request: input), 1, new DataService(executor, 1), ct);
        return Results.Ok(response);
    }
}

/// <summary>
/// Whether the caller may run a custom message: the permission its registration names, else the manifest
/// permission covering the message (ADR 0017), asked of the SDK's <see cref="IPermissionChecker"/>. The
/// pipeline checks the same for messages other modules' steps call.
/// </summary>
internal static class MessagePermission
{
    public static string Of(MessageOwner message, PermissionCatalog catalog) => message.Permission ?? catalog.RequiredFor(message.MessageName);

    public static bool Allows(MessageOwner message, IPermissionChecker permissions, PermissionCatalog catalog) => permissions.Has(Of(message, catalog));
}
