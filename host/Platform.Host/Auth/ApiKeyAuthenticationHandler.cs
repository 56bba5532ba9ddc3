using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Platform.Host.Auth.Permissions;

namespace Platform.Host.Auth;

/// <summary>
/// Authenticates a request by its API key, from <c>X-Api-Key</c> or <c>Authorization: Bearer</c>.
/// The identity carries the key id, its principal (the caller: <c>principal:&lt;id&gt;</c>), the principal's
/// roles and its tenant. A key of a disabled principal is refused.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys, PrincipalDirectory principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    // The base handler's own lines are filtered to Warning (PlatformHostExtensions): a refused key is logged once, here.
    private readonly ILogger _refusals = logger.CreateLogger("Platform.Auth");

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var text = ReadKey();
        if (text is null)
        {
            return AuthenticateResult.NoResult();
        }
        var key = await keys.FindAsync(text, Context.RequestAborted);
        if (key is null)
        {
            _refusals.LogDebug("Refused an API key that is not valid or was revoked ({Method} {Path}).", Request.Method, Request.Path);
            return AuthenticateResult.Fail("The API key is not valid or was revoked.");
        }
        if (key.PrincipalId is not { } principalId || await principals.FindAsync(principalId, Context.RequestAborted) is not { Disabled: false } grants)
        {
            _refusals.LogDebug("Refused an API key whose principal is disabled or gone ({Method} {Path}).", Request.Method, Request.Path);
            return AuthenticateResult.Fail("The API key's principal is disabled or gone.");
        }
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new(ClaimTypes.Name, PrincipalUserId(principalId)),
            new(Roles.PrincipalClaim, principalId.ToString()),
        };
        claims.AddRange(grants.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (key.TenantId is not null)
        {
            claims.Add(new Claim(Roles.TenantClaim, key.TenantId));
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <summary>The user id of a principal in the pipeline, audits and traces.</summary>
    public static string PrincipalUserId(Guid principalId) => $"principal:{principalId:N}";

    private string? ReadKey()
    {
        if (Request.Headers.TryGetValue(HeaderName, out var header) && header.Count == 1)
        {
            return header[0];
        }
        var authorization = Request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(401, "An API key is required.", $"Send a valid key in the {HeaderName} header (or Authorization: Bearer).");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(403, "Forbidden.", "The caller's roles do not allow this request.");

    private Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        return Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(Context);
    }
}
