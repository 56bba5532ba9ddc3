using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.CoreApi;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.Concurrency;

/// <summary>
/// Record versions over HTTP (ADR 0016) on every provider: ETags on reads and writes, If-Match on PATCH and
/// DELETE answered 412 when stale, with the check inside the write's own UPDATE, so concurrent writers
/// with the same version cannot both pass, and the tenant setting that makes If-Match required (428).
/// </summary>
public abstract class OptimisticConcurrencyTests(CorePlatformFixture fixture) : IAsyncLifetime
{
    private HttpClient Client => fixture.Platform.Client;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(Guid Id, string ETag)> NewProductAsync(string sku, decimal listPrice = 100m)
    {
        var response = await Client.PostAsJsonAsync("/api/core/products", new
        {
            sku, name = $"Product {sku}", productLine = "Audio", series = "A1", category = "Headphones",
            unitCost = 10m, listPrice, currency = "CNY", active = true,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return (id, response.Headers.ETag!.ToString());
    }

    private Task<HttpResponseMessage> PatchAsync(Guid id, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/core/products/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return Client.SendAsync(request);
    }

    private Task<HttpResponseMessage> DeleteAsync(Guid id, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/core/products/{id}");
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return Client.SendAsync(request);
    }

    private async Task<decimal> ListPriceAsync(Guid id) =>
        (await Client.GetFromJsonAsync<JsonElement>($"/api/core/products/{id}")).GetProperty("listPrice").GetDecimal();

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Create_read_change_and_list_carry_the_records_version_as_a_strong_etag()
    {
        var (id, created) = await NewProductAsync("V-1");
        var read = await Client.GetAsync($"/api/core/products/{id}");
        var patched = await PatchAsync(id, new { listPrice = 120m }, ifMatch: null);
        var list = await Client.GetFromJsonAsync<JsonElement>("/api/core/products");
        var readAgain = await Client.GetAsync($"/api/core/products/{id}");

        Assert.Equal("\"1\"", created);
        Assert.Equal("\"1\"", read.Headers.ETag?.ToString());
        Assert.False(read.Headers.ETag!.IsWeak);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("\"2\"", patched.Headers.ETag?.ToString());
        Assert.Equal("\"2\"", readAgain.Headers.ETag?.ToString());
        Assert.Equal(2, list.GetProperty("items")[0].GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task A_patch_with_a_stale_if_match_is_412_and_writes_nothing_a_current_one_succeeds()
    {
        var (id, first) = await NewProductAsync("V-2");
        var moved = await PatchAsync(id, new { listPrice = 150m }, first);

        var stale = await PatchAsync(id, new { listPrice = 1m }, first);
        var current = await PatchAsync(id, new { listPrice = 180m }, moved.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal("\"3\"", current.Headers.ETag?.ToString());
        Assert.Equal(180m, await ListPriceAsync(id));
    }

    [Fact]
    public async Task A_delete_with_a_stale_if_match_is_412_and_keeps_the_record()
    {
        var (id, first) = await NewProductAsync("V-3");
        var moved = await PatchAsync(id, new { listPrice = 150m }, null);

        var stale = await DeleteAsync(id, first);
        var stillThere = await Client.GetAsync($"/api/core/products/{id}");
        var current = await DeleteAsync(id, moved.Headers.ETag!.ToString());
        var gone = await Client.GetAsync($"/api/core/products/{id}");

        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, current.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData("*", HttpStatusCode.OK)]
    [InlineData("\"7\", \"2\"", HttpStatusCode.OK)]
    [InlineData("W/\"2\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"abc\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"1\", \"7\"", HttpStatusCode.PreconditionFailed)]
    public async Task If_match_follows_rfc_9110(string ifMatch, HttpStatusCode expected)
    {
        var (id, _) = await NewProductAsync("V-4");
        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(id, new { listPrice = 101m }, null)).StatusCode); // now at version 2

        var response = await PatchAsync(id, new { listPrice = 300m }, ifMatch);

        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(expected == HttpStatusCode.OK ? 300m : 101m, await ListPriceAsync(id));
    }

    [Fact]
    public async Task A_malformed_if_match_is_400_naming_the_header_and_a_missing_record_stays_404()
    {
        var (id, etag) = await NewProductAsync("V-5");

        var malformed = await PatchAsync(id, new { listPrice = 300m }, "2");
        var missing = await PatchAsync(Guid.NewGuid(), new { listPrice = 300m }, etag);
        var missingDelete = await DeleteAsync(Guid.NewGuid(), etag);

        await AssertProblemAsync(malformed, HttpStatusCode.BadRequest);
        Assert.True((await malformed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("If-Match", out _));
        await AssertProblemAsync(missing, HttpStatusCode.NotFound);
        await AssertProblemAsync(missingDelete, HttpStatusCode.NotFound);
        Assert.Equal(100m, await ListPriceAsync(id));
    }

    [Fact]
    public async Task Of_concurrent_patches_with_the_same_if_match_exactly_one_wins()
    {
        for (var round = 0; round < 5; round++)
        {
            var (id, etag) = await NewProductAsync($"V-RACE-{round}");

            var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => PatchAsync(id, new { listPrice = 200m + i }, etag)));

            var statuses = answers.Select(a => a.StatusCode).ToList();
            Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.OK));
            Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.PreconditionFailed));
            var winner = Array.FindIndex(answers, a => a.StatusCode == HttpStatusCode.OK);
            Assert.Equal(200m + winner, await ListPriceAsync(id));
        }
    }

    /// <summary>
    /// The finding: ten clients each read a price, add one and write it back. Without If-Match the writes
    /// overwrite each other; with If-Match and a retry on 412 every increment survives.
    /// </summary>
    [Fact]
    public async Task Ten_concurrent_read_modify_writes_with_if_match_and_retries_all_survive()
    {
        var (id, _) = await NewProductAsync("V-COUNT", listPrice: 0m);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            for (var attempt = 0; attempt < 100; attempt++)
            {
                var read = await Client.GetAsync($"/api/core/products/{id}");
                var price = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("listPrice").GetDecimal();
                var written = await PatchAsync(id, new { listPrice = price + 1 }, read.Headers.ETag!.ToString());
                if (written.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
                Assert.Equal(HttpStatusCode.PreconditionFailed, written.StatusCode);
            }
            Assert.Fail("An increment did not get through in 100 attempts.");
        }));

        Assert.Equal(10m, await ListPriceAsync(id));
        var final = await Client.GetAsync($"/api/core/products/{id}");
        Assert.Equal("\"11\"", final.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Writes_without_if_match_still_work_one_after_the_other()
    {
        var (id, _) = await NewProductAsync("V-LWW");

        var answers = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => PatchAsync(id, new { listPrice = 1000m + i }, null)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Contains(await ListPriceAsync(id), Enumerable.Range(1, 6).Select(i => 1000m + i));
        Assert.Equal("\"7\"", (await Client.GetAsync($"/api/core/products/{id}")).Headers.ETag?.ToString());
    }

    [Fact]
    public async Task When_the_tenant_requires_if_match_a_change_without_it_is_428()
    {
        var (id, etag) = await NewProductAsync("V-REQ");
        await SetRequireIfMatchAsync(true);
        try
        {
            var patch = await PatchAsync(id, new { listPrice = 300m }, null);
            var delete = await DeleteAsync(id, null);
            var withTag = await PatchAsync(id, new { listPrice = 301m }, etag);

            await AssertProblemAsync(patch, (HttpStatusCode)428);
            await AssertProblemAsync(delete, (HttpStatusCode)428);
            Assert.Equal(HttpStatusCode.OK, withTag.StatusCode);
            Assert.Equal(301m, await ListPriceAsync(id));
        }
        finally
        {
            await SetRequireIfMatchAsync(false);
        }
        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(id, new { listPrice = 302m }, null)).StatusCode);
    }

    [Fact]
    public async Task A_pricing_record_is_versioned_too()
    {
        var (product, _) = await NewProductAsync("V-PR");
        var created = await Client.PostAsJsonAsync("/api/pricing/competitor-prices", new
        {
            productId = product, competitor = "JD", price = 90m, currency = "CNY", observedAt = "2026-01-01T00:00:00+08:00",
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var route = $"/api/pricing/competitor-prices/{id}";

        var first = new HttpRequestMessage(HttpMethod.Patch, route) { Content = JsonContent.Create(new { price = 95m }) };
        first.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.ToString());
        var second = new HttpRequestMessage(HttpMethod.Patch, route) { Content = JsonContent.Create(new { price = 80m }) };
        second.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(first)).StatusCode);
        await AssertProblemAsync(await Client.SendAsync(second), HttpStatusCode.PreconditionFailed);
        Assert.Equal(95m, (await Client.GetFromJsonAsync<JsonElement>(route)).GetProperty("price").GetDecimal());
    }

    private async Task SetRequireIfMatchAsync(bool required)
    {
        var response = await Client.PutAsJsonAsync("/api/tenants/demo/modules/platform.core/settings", new { requireIfMatch = required });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteOptimisticConcurrencyTests(SqliteCorePlatform fixture) : OptimisticConcurrencyTests(fixture), IClassFixture<SqliteCorePlatform>;

public sealed class PostgreSqlOptimisticConcurrencyTests(PostgreSqlCorePlatform fixture) : OptimisticConcurrencyTests(fixture), IClassFixture<PostgreSqlCorePlatform>;
