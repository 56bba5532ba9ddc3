using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Auth.Permissions;
using Platform.Host.Catalog;
using Platform.Host.Pipeline;

namespace Platform.Host.Auth.Principals;

/// <summary>Creates, changes and lists a tenant's principals, assigns their roles, issues their keys and checks local sign-ins.</summary>
public sealed class PrincipalAdministration(
    CatalogDatabase catalog, PrincipalDirectory directory, ApiKeyStore keys, IOptions<AccessOptions> options, TimeProvider time)
{
    private static readonly PasswordHasher<PrincipalRow> Hasher = new();

    /// <summary>The tenant's principals.</summary>
    public async Task<IReadOnlyList<PrincipalInfo>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        var rows = await db.Principals.AsNoTracking().Where(p => p.TenantId == tenantId).ToListAsync(cancellationToken);
        var ids = rows.Select(p => p.Id).ToList();
        var roles = await db.RoleAssignments.AsNoTracking().Where(a => ids.Contains(a.PrincipalId)).ToListAsync(cancellationToken);
        return rows.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(p => Describe(p, roles.Where(a => a.PrincipalId == p.Id).Select(a => a.Role))).ToList();
    }

    /// <summary>One principal of the tenant (404 otherwise).</summary>
    public async Task<PrincipalInfo> GetAsync(string tenantId, Guid id, CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        var row = await FindAsync(db, tenantId, id, cancellationToken);
        return Describe(row, await RolesOfAsync(db, id, cancellationToken));
    }

    /// <summary>Creates a person or service account with its roles.</summary>
    public async Task<PrincipalInfo> CreateAsync(string tenantId, CreatePrincipalRequest input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = catalog.Open();
        if (!await db.Tenants.AnyAsync(t => t.Id == tenantId, cancellationToken))
        {
            throw PlatformProblemException.NotFound($"Tenant '{tenantId}' does not exist.");
        }
        var person = input.Kind == PrincipalKind.Person;
        if (person && string.IsNullOrWhiteSpace(input.Email))
        {
            throw PlatformProblemException.Invalid("email", "A person needs an e-mail address.");
        }
        if (!person && (input.UserName is not null || input.Password is not null))
        {
            throw PlatformProblemException.Invalid(input.UserName is not null ? "userName" : "password", "A service account signs in with keys only; it has no user name or password.");
        }
        if (input.Password is not null && input.UserName is null)
        {
            throw PlatformProblemException.Invalid("userName", "A password needs a user name to sign in with.");
        }
        var roles = await ValidRolesAsync(db, tenantId, input.Roles ?? [], cancellationToken);
        if (input.UserName is not null && await db.Principals.AnyAsync(p => p.TenantId == tenantId && p.UserName == input.UserName, cancellationToken))
        {
            throw PlatformProblemException.Conflict($"The user name '{input.UserName}' is taken in tenant '{tenantId}'.");
        }
        var row = new PrincipalRow
        {
            Id = Guid.NewGuid(), TenantId = tenantId, Kind = input.Kind!.Value, DisplayName = input.DisplayName!.Trim(),
            Email = input.Email, UserName = input.UserName, CreatedAt = time.GetUtcNow(),
        };
        if (input.Password is not null)
        {
            row.PasswordHash = HashPassword(row, input.Password);
        }
        db.Principals.Add(row);
        db.RoleAssignments.AddRange(roles.Select(r => new RoleAssignmentRow { PrincipalId = row.Id, Role = r }));
        await db.SaveChangesAsync(cancellationToken);
        return Describe(row, roles);
    }

    /// <summary>Changes the members sent (<paramref name="present"/>): names, password, roles, disabled.</summary>
    public async Task<PrincipalInfo> UpdateAsync(string tenantId, Guid id, UpdatePrincipalRequest input, IReadOnlySet<string> present, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(present);
        await using var db = catalog.Open();
        var row = await FindAsync(db, tenantId, id, cancellationToken);
        if (present.Contains("displayName"))
        {
            row.DisplayName = input.DisplayName?.Trim() is { Length: > 0 } name ? name : throw PlatformProblemException.Invalid("displayName", "A display name is 1–200 characters.");
        }
        if (present.Contains("email"))
        {
            row.Email = input.Email ?? (row.Kind == PrincipalKind.Person ? throw PlatformProblemException.Invalid("email", "A person needs an e-mail address.") : null);
        }
        if (present.Contains("password"))
        {
            if (row.UserName is null)
            {
                throw PlatformProblemException.Invalid("password", "Only a principal with a user name (a person with a local sign-in) has a password.");
            }
            row.PasswordHash = input.Password is null ? null : HashPassword(row, input.Password);
        }
        var roles = await RolesOfAsync(db, id, cancellationToken);
        if (present.Contains("roles"))
        {
            roles = await ValidRolesAsync(db, tenantId, input.Roles ?? [], cancellationToken);
            db.RoleAssignments.RemoveRange(await db.RoleAssignments.Where(a => a.PrincipalId == id).ToListAsync(cancellationToken));
            db.RoleAssignments.AddRange(roles.Select(r => new RoleAssignmentRow { PrincipalId = id, Role = r }));
        }
        var disable = present.Contains("disabled") && input.Disabled == true && row.DisabledAt is null;
        if ((disable || !roles.Contains(Roles.TenantAdmin)) && await IsLastAdministratorAsync(db, tenantId, id, cancellationToken))
        {
            throw PlatformProblemException.Conflict($"Principal {id} is the tenant's last enabled administrator; make someone else tenant-admin first.");
        }
        if (present.Contains("disabled"))
        {
            row.DisabledAt = input.Disabled == true ? row.DisabledAt ?? time.GetUtcNow() : null;
        }
        await db.SaveChangesAsync(cancellationToken);
        if (disable)
        {
            await keys.RevokeAllOfAsync(id, cancellationToken);
        }
        directory.Forget(id);
        return Describe(row, roles);
    }

    private static async Task<bool> IsLastAdministratorAsync(CatalogDbContext db, string tenantId, Guid id, CancellationToken cancellationToken)
    {
        var admins = await db.RoleAssignments.AsNoTracking().Where(a => a.Role == Roles.TenantAdmin)
            .Join(db.Principals.Where(p => p.TenantId == tenantId && p.DisabledAt == null), a => a.PrincipalId, p => p.Id, (a, p) => p.Id)
            .ToListAsync(cancellationToken);
        return admins.Count == 1 && admins[0] == id;
    }

    /// <summary>Issues a key for a principal of the tenant.</summary>
    public async Task<IssuedApiKey> IssueKeyAsync(string tenantId, Guid id, string name, CancellationToken cancellationToken)
    {
        await using (var db = catalog.Open())
        {
            var row = await FindAsync(db, tenantId, id, cancellationToken);
            if (row.DisabledAt is not null)
            {
                throw PlatformProblemException.Conflict($"Principal {id} is disabled; enable it before issuing keys.");
            }
        }
        return await keys.IssueForPrincipalAsync(tenantId, id, name, cancellationToken);
    }

    /// <summary>Checks a local sign-in; null when the name or password is wrong, the principal is disabled or the tenant suspended.</summary>
    public async Task<PrincipalInfo?> SignInAsync(string tenantId, string userName, string password, CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        var row = await db.Principals.SingleOrDefaultAsync(p => p.TenantId == tenantId && p.UserName == userName, cancellationToken);
        var active = await db.Tenants.AnyAsync(t => t.Id == tenantId && t.Status == TenantStatus.Active, cancellationToken);
        if (row?.PasswordHash is not { } hash || row.DisabledAt is not null || !active)
        {
            // the same work as a real check, so the answer's timing does not tell which names exist
            Hasher.VerifyHashedPassword(new PrincipalRow(), UnknownUserHash, password);
            return null;
        }
        var result = Hasher.VerifyHashedPassword(row, hash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            return null;
        }
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            row.PasswordHash = Hasher.HashPassword(row, password);
            await db.SaveChangesAsync(cancellationToken);
        }
        return Describe(row, await RolesOfAsync(db, row.Id, cancellationToken));
    }

    private static readonly string UnknownUserHash = Hasher.HashPassword(new PrincipalRow(), Guid.NewGuid().ToString());

    private string HashPassword(PrincipalRow row, string password)
    {
        if (password.Length < options.Value.MinPasswordLength)
        {
            throw PlatformProblemException.Invalid("password", $"A password has at least {options.Value.MinPasswordLength} characters.");
        }
        return Hasher.HashPassword(row, password);
    }

    private static async Task<PrincipalRow> FindAsync(CatalogDbContext db, string tenantId, Guid id, CancellationToken cancellationToken) =>
        await db.Principals.SingleOrDefaultAsync(p => p.Id == id && p.TenantId == tenantId, cancellationToken)
        ?? throw PlatformProblemException.NotFound($"Principal {id} does not exist in tenant '{tenantId}'.");

    private static async Task<IReadOnlyList<string>> RolesOfAsync(CatalogDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.RoleAssignments.AsNoTracking().Where(a => a.PrincipalId == id).Select(a => a.Role).ToListAsync(cancellationToken);

    private static async Task<IReadOnlyList<string>> ValidRolesAsync(CatalogDbContext db, string tenantId, IReadOnlyList<string> requested, CancellationToken cancellationToken)
    {
        var own = await db.Roles.AsNoTracking().Where(r => r.TenantId == tenantId).Select(r => r.Name).ToListAsync(cancellationToken);
        var roles = new List<string>();
        for (var i = 0; i < requested.Count; i++)
        {
            var role = Roles.Normalize(requested[i] ?? "");
            if (!Roles.TenantRoles.Contains(role) && !own.Contains(role))
            {
                throw PlatformProblemException.Invalid($"roles[{i}]", $"'{requested[i]}' is neither a built-in tenant role ({string.Join(", ", Roles.TenantRoles)}) nor one of the tenant's roles.");
            }
            if (!roles.Contains(role))
            {
                roles.Add(role);
            }
        }
        return roles;
    }

    private static PrincipalInfo Describe(PrincipalRow row, IEnumerable<string> roles) =>
        new(row.Id, row.TenantId, row.Kind == PrincipalKind.Person ? "person" : "serviceAccount", row.DisplayName, row.Email, row.UserName,
            row.PasswordHash is not null, roles.Order(StringComparer.Ordinal).ToList(), row.CreatedAt, row.DisabledAt);
}
