using Microsoft.EntityFrameworkCore;
using Platform.Host.Auth;
using Platform.Host.Auth.Principals;
using Platform.Host.Catalog;

namespace Platform.Host.Tenants;

/// <summary>
/// The demo tenant's people: its administrator (the principal of <c>demo-tenant-admin.key</c>), a sales
/// manager and a plain sales user, each with a key file. Created once; a person already there is kept.
/// </summary>
public sealed class DemoPeople(CatalogDatabase catalog, PrincipalAdministration principals)
{
    /// <summary>The sales manager's key file.</summary>
    public const string SalesManagerKeyFile = "demo-sales-manager.key";

    /// <summary>The plain sales user's key file.</summary>
    public const string SalesUserKeyFile = "demo-sales-user.key";

    private static readonly (string UserName, string DisplayName, string Email, string Role, string KeyFile)[] People =
    [
        ("li.na", "Li Na (sales manager)", "li.na@demo.example", Roles.SalesManager, SalesManagerKeyFile),
        ("zhang.wei", "Zhang Wei (sales user)", "zhang.wei@demo.example", Roles.SalesUser, SalesUserKeyFile),
    ];

    /// <summary>Turns the demo tenant's first administrator (a service account when issued) into the person who runs the demo.</summary>
    public async Task MakeAdministratorAPersonAsync(Guid principalId, CancellationToken cancellationToken)
    {
        await using var db = catalog.Open();
        var row = await db.Principals.SingleAsync(p => p.Id == principalId, cancellationToken);
        row.Kind = PrincipalKind.Person;
        row.DisplayName = "Wang Fang (administrator)";
        row.Email = "wang.fang@demo.example";
        row.UserName = "wang.fang";
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Creates the missing demo people; returns the key file and key text of each one created now.</summary>
    public async Task<IReadOnlyList<(string File, string Key)>> EnsureAsync(string tenantId, CancellationToken cancellationToken)
    {
        List<string?> existing;
        await using (var db = catalog.Open())
        {
            existing = await db.Principals.AsNoTracking().Where(p => p.TenantId == tenantId).Select(p => p.UserName).ToListAsync(cancellationToken);
        }
        var written = new List<(string, string)>();
        foreach (var person in People.Where(p => !existing.Contains(p.UserName)))
        {
            var created = await principals.CreateAsync(tenantId, new CreatePrincipalRequest
            {
                Kind = PrincipalKind.Person, DisplayName = person.DisplayName, Email = person.Email, UserName = person.UserName, Roles = [person.Role],
            }, cancellationToken);
            var key = await principals.IssueKeyAsync(tenantId, created.Id, "demo key", cancellationToken);
            written.Add((person.KeyFile, key.Key));
        }
        return written;
    }
}
