using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Auth;
using Platform.Host.Catalog;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Access;

/// <summary>Keys issued before principals existed get a service account each at the next start, keeping their role (tenant-user as sales-user).</summary>
public abstract class KeysBeforePrincipalsTests(TestProvider provider)
{
    [Fact]
    public async Task A_key_without_a_principal_gets_its_own_service_account_at_the_next_start()
    {
        var folder = Directory.CreateTempSubdirectory("platform-test-").FullName;
        var prefix = TestProvider.NewDatabasePrefix();
        var first = await TestPlatform.StartAsync(moduleRoot: RepoPaths.ModuleRoot, folder: folder, provider: provider, databasePrefix: prefix);
        var keyId = Guid.NewGuid();
        var (text, hash) = ApiKeySecret.Create(keyId);
        await using (var db = first.Services.GetRequiredService<CatalogDatabase>().Open())
        {
            db.ApiKeys.Add(new ApiKeyRow { Id = keyId, TenantId = "demo", Role = Roles.LegacyTenantUser, Name = "old reader", SecretHash = hash, CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        var refusedBefore = await first.ClientWithKey(text).GetAsync("/api/core/customers");
        await first.StopAsync();

        await using var second = await TestPlatform.StartAsync(moduleRoot: RepoPaths.ModuleRoot, folder: folder, provider: provider, databasePrefix: prefix);
        var key = second.ClientWithKey(text);
        var read = await key.GetAsync("/api/core/customers");
        var write = await key.PostAsJsonAsync("/api/pricing/promotions", new { code = "X" });
        var principal = await second.Client.GetFromJsonAsync<JsonElement>($"/api/tenants/demo/principals/{keyId}");
        await using var check = second.Services.GetRequiredService<CatalogDatabase>().Open();
        var row = await check.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == keyId);

        Assert.Equal(HttpStatusCode.Unauthorized, refusedBefore.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(keyId, row.PrincipalId);
        Assert.Equal("serviceAccount", principal.GetProperty("kind").GetString());
        Assert.Equal("old reader", principal.GetProperty("displayName").GetString());
        Assert.Equal("sales-user", Assert.Single(principal.GetProperty("roles").EnumerateArray()).GetString());
    }
}

public sealed class SqliteKeysBeforePrincipalsTests() : KeysBeforePrincipalsTests(TestProvider.Sqlite);

public sealed class PostgreSqlKeysBeforePrincipalsTests() : KeysBeforePrincipalsTests(TestProvider.PostgreSql);
