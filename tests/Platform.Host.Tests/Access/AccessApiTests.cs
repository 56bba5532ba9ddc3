using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.CoreApi;
using Platform.Host.Tests.PricingApi;
using Platform.Host.Tests.Support;
using Platform.Host.Tests.Tenants;
using Xunit;

namespace Platform.Host.Tests.Access;

/// <summary>
/// Principals, roles and local sign-in through <c>/api/tenants/{id}/…</c>: validated (400 naming the
/// field), tenant administrators only, a tenant's own role grants exactly its permissions.
/// </summary>
public abstract class AccessApiTests(CorePlatformFixture fixture) : IAsyncLifetime
{
    private TestPlatform Platform => fixture.Platform;

    private HttpClient Admin => Platform.Client;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response) =>
        (await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");

    [Fact]
    public async Task The_demo_people_are_listed_with_their_roles()
    {
        var people = await Admin.GetFromJsonAsync<JsonElement[]>("/api/tenants/demo/principals");

        var byUser = people!.Where(p => p.GetProperty("userName").ValueKind == JsonValueKind.String)
            .ToDictionary(p => p.GetProperty("userName").GetString()!, p => p.GetProperty("roles")[0].GetString());
        Assert.Equal("tenant-admin", byUser["wang.fang"]);
        Assert.Equal("sales-manager", byUser["li.na"]);
        Assert.Equal("sales-user", byUser["zhang.wei"]);
        Assert.DoesNotContain("passwordHash", JsonSerializer.Serialize(people), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Bad_principals_and_roles_are_400_naming_the_field()
    {
        var noEmail = await Admin.PostAsJsonAsync("/api/tenants/demo/principals", new { kind = "Person", displayName = "No mail" });
        var unknownRole = await Admin.PostAsJsonAsync("/api/tenants/demo/principals", new { kind = "Person", displayName = "X", email = "x@test.example", roles = new[] { "sales-user", "emperor" } });
        var serviceWithPassword = await Admin.PostAsJsonAsync("/api/tenants/demo/principals", new { kind = "ServiceAccount", displayName = "Bot", userName = "bot", password = "a long enough password" });
        var shortPassword = await Admin.PostAsJsonAsync("/api/tenants/demo/principals", new { kind = "Person", displayName = "Y", email = "y@test.example", userName = "y.short", password = "short" });
        var noKind = await Admin.PostAsJsonAsync("/api/tenants/demo/principals", new { displayName = "Z" });
        var unknownPermission = await Admin.PutAsJsonAsync("/api/tenants/demo/roles/auditor", new { permissions = new[] { "core.read", "core.everything" } });
        var builtIn = await Admin.PutAsJsonAsync("/api/tenants/demo/roles/sales-user", new { permissions = new[] { "core.read" } });
        var platformOnly = await Admin.PutAsJsonAsync("/api/tenants/demo/roles/tenant-maker", new { permissions = new[] { "platform.tenants.manage" } });
        var badName = await Admin.PutAsJsonAsync("/api/tenants/demo/roles/Bad%20Name", new { permissions = Array.Empty<string>() });

        Assert.True((await ErrorsAsync(noEmail)).TryGetProperty("email", out _));
        Assert.Contains("emperor", (await ErrorsAsync(unknownRole)).GetProperty("roles[1]")[0].GetString(), StringComparison.Ordinal);
        Assert.True((await ErrorsAsync(serviceWithPassword)).TryGetProperty("userName", out _));
        Assert.Contains("at least 12", (await ErrorsAsync(shortPassword)).GetProperty("password")[0].GetString(), StringComparison.Ordinal);
        Assert.True((await ErrorsAsync(noKind)).TryGetProperty("kind", out _));
        Assert.Contains("core.everything", (await ErrorsAsync(unknownPermission)).GetProperty("permissions[1]")[0].GetString(), StringComparison.Ordinal);
        Assert.True((await ErrorsAsync(builtIn)).TryGetProperty("name", out _));
        Assert.True((await ErrorsAsync(platformOnly)).TryGetProperty("permissions[0]", out _));
        Assert.True((await ErrorsAsync(badName)).TryGetProperty("name", out _));
    }

    [Fact]
    public async Task A_tenants_own_role_grants_exactly_its_permissions()
    {
        var role = $"price-editor-{Guid.NewGuid():N}"[..30];
        var put = await Admin.PutAsJsonAsync($"/api/tenants/demo/roles/{role}", new { description = "Edits price lists only", permissions = new[] { "pricing.read", "pricing.write", "core.read" } });
        var editor = await Platform.KeyOfAsync(Admin, "demo", await Admin.CreatePrincipalAsync("demo", role));
        var product = await Admin.CreatedAsync("/api/core/products", new
        {
            sku = "P-ROLE", name = "Cable", productLine = "Accessories", series = "C1", category = "Cables", unitCost = 5m, listPrice = 20m, currency = "CNY", active = true,
        });
        var productId = product.GetProperty("id").GetGuid();

        var priceList = await editor.PostAsJsonAsync("/api/pricing/price-lists", new { code = "ROLE-PL", name = "Editor's list", currency = "CNY", items = new[] { new { productId, unitPrice = 18m } } });
        var listPrice = await editor.PatchAsJsonAsync($"/api/core/products/{productId}", new { listPrice = 1m });
        var order = await editor.PostAsJsonAsync("/api/core/orders", new { number = "SO-ROLE" });
        var deleteWhileHeld = await Admin.DeleteAsync($"/api/tenants/demo/roles/{role}");
        var roles = await Admin.GetFromJsonAsync<JsonElement[]>("/api/tenants/demo/roles");

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal(HttpStatusCode.Created, priceList.StatusCode);
        await listPrice.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("core.orders.write", (await order.ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("permission").GetString());
        await deleteWhileHeld.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(roles!, r => r.GetProperty("name").GetString() == role && !r.GetProperty("builtIn").GetBoolean());
        Assert.Contains(roles!, r => r.GetProperty("name").GetString() == "tenant-admin" && r.GetProperty("allPermissions").GetBoolean());
    }

    [Fact]
    public async Task Only_tenant_administrators_manage_principals_and_roles_and_only_in_their_tenant()
    {
        var other = await Platform.CreateTenantAsync($"t{Guid.NewGuid():N}"[..12], "platform.core");

        var asManager = await Platform.SalesManager().GetAsync("/api/tenants/demo/principals");
        var asUser = await Platform.SalesUser().PutAsJsonAsync("/api/tenants/demo/roles/sneaky", new { permissions = new[] { "pricing.write" } });
        var otherTenant = await other.GetAsync("/api/tenants/demo/principals");
        var otherTenantKeys = await other.PostAsJsonAsync("/api/tenants/demo/keys", new { name = "x", role = "tenant-admin" });
        var platformAdmin = await Platform.PlatformAdminClient.GetAsync("/api/tenants/demo/principals");
        var tenantAdminCreatesTenant = await Admin.PostAsJsonAsync("/api/tenants", new { id = "sneaky", name = "Sneaky" });

        await asManager.ProblemAsync(HttpStatusCode.Forbidden);
        await asUser.ProblemAsync(HttpStatusCode.Forbidden);
        await otherTenant.ProblemAsync(HttpStatusCode.Forbidden);
        await otherTenantKeys.ProblemAsync(HttpStatusCode.Forbidden);
        await platformAdmin.ProblemAsync(HttpStatusCode.Forbidden);
        await tenantAdminCreatesTenant.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_tenant_keeps_at_least_one_enabled_administrator()
    {
        var tenantId = $"t{Guid.NewGuid():N}"[..12];
        var admin = await Platform.CreateTenantAsync(tenantId, "platform.core");
        var first = Assert.Single(await admin.GetFromJsonAsync<JsonElement[]>($"/api/tenants/{tenantId}/principals") ?? []).GetProperty("id").GetGuid();

        var demoteOnly = await admin.PatchAsJsonAsync($"/api/tenants/{tenantId}/principals/{first}", new { roles = new[] { "sales-user" } });
        var disableOnly = await admin.PatchAsJsonAsync($"/api/tenants/{tenantId}/principals/{first}", new { disabled = true });
        var second = await admin.CreatePrincipalAsync(tenantId, "tenant-admin");
        var demoteNow = await admin.PatchAsJsonAsync($"/api/tenants/{tenantId}/principals/{first}", new { roles = new[] { "sales-user" } });

        await demoteOnly.ProblemAsync(HttpStatusCode.Conflict);
        await disableOnly.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, demoteNow.StatusCode);
        await (await admin.GetAsync($"/api/tenants/{tenantId}/principals")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Nobody_signs_in_to_a_suspended_tenant()
    {
        var tenantId = $"t{Guid.NewGuid():N}"[..12];
        var admin = await Platform.CreateTenantAsync(tenantId, "platform.core");
        await admin.CreatedAsync($"/api/tenants/{tenantId}/principals", new
        {
            kind = "Person", displayName = "Qian Yu", email = "qian.yu@test.example", userName = "qian.yu", password = "a password long enough", roles = new[] { "sales-user" },
        });
        var signIn = new { userName = "qian.yu", password = "a password long enough" };

        var active = await Platform.AnonymousClient().PostAsJsonAsync($"/api/tenants/{tenantId}/sign-in", signIn);
        var suspend = await Platform.PlatformAdminClient.PostAsync($"/api/tenants/{tenantId}/suspend", null);
        var suspended = await Platform.AnonymousClient().PostAsJsonAsync($"/api/tenants/{tenantId}/sign-in", signIn);

        Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        Assert.Equal(HttpStatusCode.OK, suspend.StatusCode);
        await suspended.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_person_signs_in_with_the_password_only_and_a_disabled_one_not_at_all()
    {
        var userName = $"u{Guid.NewGuid():N}"[..16];
        var created = await Admin.CreatedAsync("/api/tenants/demo/principals", new
        {
            kind = "Person", displayName = "Sun Li", email = "sun.li@test.example", userName, password = "correct horse battery", roles = new[] { "sales-user" },
        });
        var id = created.GetProperty("id").GetGuid();
        var key = await Platform.KeyOfAsync(Admin, "demo", id);

        var anonymous = Platform.AnonymousClient();
        var right = await anonymous.PostAsJsonAsync("/api/tenants/demo/sign-in", new { userName, password = "correct horse battery" });
        var wrong = await anonymous.PostAsJsonAsync("/api/tenants/demo/sign-in", new { userName, password = "wrong horse battery" });
        var unknown = await anonymous.PostAsJsonAsync("/api/tenants/demo/sign-in", new { userName = "nobody.here", password = "correct horse battery" });
        var missing = await anonymous.PostAsJsonAsync("/api/tenants/demo/sign-in", new { userName });
        var beforeDisable = await key.GetAsync("/api/core/customers");
        var disable = await Admin.PatchAsJsonAsync($"/api/tenants/demo/principals/{id}", new { disabled = true });
        var afterDisable = await anonymous.PostAsJsonAsync("/api/tenants/demo/sign-in", new { userName, password = "correct horse battery" });
        var keyAfterDisable = await key.GetAsync("/api/core/customers");

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(id, (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        await wrong.ProblemAsync(HttpStatusCode.Unauthorized);
        await unknown.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.True((await ErrorsAsync(missing)).TryGetProperty("password", out _));
        Assert.Equal(HttpStatusCode.OK, beforeDisable.StatusCode);
        Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
        await afterDisable.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, keyAfterDisable.StatusCode);
    }
}

public sealed class SqliteAccessApiTests(SqliteCorePlatform fixture) : AccessApiTests(fixture), IClassFixture<SqliteCorePlatform>;

public sealed class PostgreSqlAccessApiTests(PostgreSqlCorePlatform fixture) : AccessApiTests(fixture), IClassFixture<PostgreSqlCorePlatform>;
