using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Platform.Host.Auth;

/// <summary>
/// Authenticates a request by its API key, from <c>X-Api-Key</c> or <c>Authorization: Bearer</c>.
/// The identity carries the key id, its role and its tenant.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys)
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
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new(ClaimTypes.Name, $"key:{key.Id:N}"),
            new(ClaimTypes.Role, key.Role),
        };
        if (key.TenantId is not null)
        {
            claims.Add(new Claim(Roles.TenantClaim, key.TenantId));
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

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
        WriteProblemAsync(403, "Forbidden.", "The API key's role does not allow this request.");

    private Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        return Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(Context);
    }
}
