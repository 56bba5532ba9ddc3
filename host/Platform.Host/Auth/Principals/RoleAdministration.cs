using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Auth.Permissions;
using Platform.Host.Catalog;
using Platform.Host.Pipeline;

namespace Platform.Host.Auth.Principals;

/// <summary>A tenant's roles: the built-in ones (read only) and its own, each a set of declared permissions.</summary>
public sealed partial class RoleAdministration(CatalogDatabase catalog, PermissionCatalog permissions, PrincipalDirectory directory, TimeProvider time)
{
    /// <summary>Built-in tenant roles with their default grants, then the tenant's own roles.</summary>
    public async Task<IReadOnlyList<RoleInfo>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        var own = await db.Roles.AsNoTracking().Where(r => r.TenantId == tenantId).ToListAsync(cancellationToken);
        var builtIn = new[]
        {
            new RoleInfo(Roles.TenantAdmin, true, "Every permission in the tenant.", true, []),
            new RoleInfo(Roles.SalesManager, true, "Prices, promotions and products; approves discounts in the manager band.", false, [.. permissions.DefaultGrantsOf(Roles.SalesManager).Order(StringComparer.Ordinal)]),
            new RoleInfo(Roles.SalesUser, true, "Customers and orders; reads the catalogue; changes no price.", false, [.. permissions.DefaultGrantsOf(Roles.SalesUser).Order(StringComparer.Ordinal)]),
        };
        return [.. builtIn, .. own.OrderBy(r => r.Name, StringComparer.Ordinal).Select(Describe)];
    }

    /// <summary>Creates or replaces one of the tenant's own roles; true when it was created.</summary>
    public async Task<(RoleInfo Role, bool Created)> PutAsync(string tenantId, string name, RoleRequest input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Roles.BuiltIn.Contains(name) || name == Roles.LegacyTenantUser)
        {
            throw PlatformProblemException.Invalid("name", $"'{name}' is a built-in role; built-in roles cannot be changed.");
        }
        if (!RoleNamePattern().IsMatch(name))
        {
            throw PlatformProblemException.Invalid("name", "A role name is 2–60 characters: lower-case letters, digits and hyphens, starting with a letter.");
        }
        var requested = input.Permissions ?? [];
        for (var i = 0; i < requested.Count; i++)
        {
            if (requested[i] is not { } permission || !permissions.IsDeclared(permission))
            {
                throw PlatformProblemException.Invalid($"permissions[{i}]", $"'{requested[i]}' is not a permission any running module or the platform declares.");
            }
            if (HostPermissions.PlatformOnly.Contains(permission))
            {
                throw PlatformProblemException.Invalid($"permissions[{i}]", $"'{permission}' belongs to platform administrators; a tenant role cannot hold it.");
            }
        }
        await using var db = catalog.Open();
        if (!await db.Tenants.AnyAsync(t => t.Id == tenantId, cancellationToken))
        {
            throw PlatformProblemException.NotFound($"Tenant '{tenantId}' does not exist.");
        }
        var row = await db.Roles.SingleOrDefaultAsync(r => r.TenantId == tenantId && r.Name == name, cancellationToken);
        var created = row is null;
        row ??= db.Roles.Add(new RoleRow { TenantId = tenantId, Name = name }).Entity;
        row.Description = input.Description ?? "";
        row.PermissionsJson = JsonSerializer.Serialize(requested.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        directory.ForgetRoles(tenantId);
        return (Describe(row), created);
    }

    /// <summary>Deletes one of the tenant's roles; refused (409) while principals hold it.</summary>
    public async Task DeleteAsync(string tenantId, string name, CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        var row = await db.Roles.SingleOrDefaultAsync(r => r.TenantId == tenantId && r.Name == name, cancellationToken)
            ?? throw PlatformProblemException.NotFound($"Role '{name}' does not exist in tenant '{tenantId}'.");
        var holders = await db.RoleAssignments.Where(a => a.Role == name)
            .Join(db.Principals.Where(p => p.TenantId == tenantId), a => a.PrincipalId, p => p.Id, (a, p) => p.Id).CountAsync(cancellationToken);
        if (holders > 0)
        {
            throw PlatformProblemException.Conflict($"Role '{name}' is held by {holders} principal(s); take it from them first.");
        }
        db.Roles.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        directory.ForgetRoles(tenantId);
    }

    private static RoleInfo Describe(RoleRow row) =>
        new(row.Name, false, row.Description, false, JsonSerializer.Deserialize<string[]>(row.PermissionsJson) ?? []);

    [GeneratedRegex("^[a-z][a-z0-9-]{1,59}$")]
    private static partial Regex RoleNamePattern();
}
