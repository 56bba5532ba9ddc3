using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.CoreApi;

/// <summary>
/// Opportunities over REST on every provider: validation, references, the stage history Core records when
/// the stage changes, closed deals keeping their stage, and the funnel KPIs of <c>GET /api/core/funnel</c>.
/// </summary>
public abstract class OpportunityApiTests(TestProvider provider) : IAsyncLifetime
{
    private const string Tenant = "funnel";
    private TestPlatform _platform = null!;
    private HttpClient _client = null!;
    private Guid _customer;
    private Guid _otherCustomer;
    private Guid _rep;
    private Guid _otherRep;
    private Guid _partner;
    private Guid _city;

    public async Task InitializeAsync()
    {
        _platform = await TestPlatform.StartAsync(moduleRoot: RepoPaths.ModuleRoot, provider: provider);
        var created = await _platform.PlatformAdminClient.PostAsJsonAsync("/api/tenants", new { id = Tenant, name = "Funnel", modules = new[] { "platform.core" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("adminKey").GetProperty("key").GetString();
        _client = _platform.ClientWithKey(key);
        var country = await CreateAsync("/api/core/regions", new { code = "CN", name = "中国", level = "National" });
        var province = await CreateAsync("/api/core/regions", new { code = "CN-ZJ", name = "浙江", level = "Province", parentId = country });
        _city = await CreateAsync("/api/core/regions", new { code = "HANGZHOU", name = "杭州", level = "City", parentId = province });
        _customer = await CreateAsync("/api/core/customers", new { code = "C-1", name = "明远贸易", industry = "Retail", size = "Medium", customerType = "KeyAccount", regionId = _city });
        _otherCustomer = await CreateAsync("/api/core/customers", new { code = "C-2", name = "远航科技", industry = "Retail", size = "Small", customerType = "SmallBusiness" });
        var team = await CreateAsync("/api/core/teams", new { code = "T-1", name = "East" });
        _rep = await CreateAsync("/api/core/reps", new { employeeNo = "E-1", name = "王芳", teamId = team, baseSalary = 9000m, email = "rep@example.cn", hiredOn = "2024-03-01" });
        _otherRep = await CreateAsync("/api/core/reps", new { employeeNo = "E-2", name = "李雷", teamId = team, baseSalary = 9000m, email = "rep@example.cn", hiredOn = "2024-03-01" });
        _partner = await CreateAsync("/api/core/partners", new { code = "P-1", name = "华东渠道", partnerType = "Reseller", tier = "Gold", contactName = "赵敏", joinedOn = "2023-01-01" });
    }

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        if (provider.IsServer)
        {
            await provider.DropDatabasesAsync(_platform.DatabasePrefix);
        }
    }

    private async Task<Guid> CreateAsync(string route, object body)
    {
        var response = await _client.PostAsJsonAsync(route, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<Guid> OpportunityAsync(decimal amount, string createdAt = "2026-03-02T01:00:00Z", Guid? rep = null, Guid? customer = null, Guid? partnerId = null) =>
        CreateAsync("/api/core/opportunities", new
        {
            name = $"Deal {amount}", customerId = customer ?? _customer, ownerRepId = rep ?? _rep, partnerId, amount,
            currency = "CNY", expectedCloseOn = "2026-06-30", createdAt,
        });

    private async Task MoveAsync(Guid id, params string[] stages)
    {
        foreach (var stage in stages)
        {
            var response = await _client.PatchAsJsonAsync($"/api/core/opportunities/{id}", new { stage });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    private async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("errors");
    }

    [Fact]
    public async Task The_history_records_each_stage_entered_with_its_time_and_an_update_keeping_the_stage_records_nothing()
    {
        var id = await OpportunityAsync(120_000m);
        await MoveAsync(id, "NeedsConfirmed", "NeedsConfirmed");
        var patched = await _client.PatchAsJsonAsync($"/api/core/opportunities/{id}", new { amount = 150_000m });
        Assert.True(patched.IsSuccessStatusCode);
        await MoveAsync(id, "Proposal");

        var stored = await _client.GetFromJsonAsync<JsonElement>($"/api/core/opportunities/{id}");
        var history = stored.GetProperty("stageHistory").EnumerateArray().ToList();

        Assert.Equal("Proposal", stored.GetProperty("stage").GetString());
        Assert.Equal(150_000m, stored.GetProperty("amount").GetDecimal());
        Assert.Equal(["InitialContact", "NeedsConfirmed", "Proposal"], history.Select(h => h.GetProperty("toStage").GetString()));
        Assert.Equal([JsonValueKind.Null, JsonValueKind.String, JsonValueKind.String], history.Select(h => h.GetProperty("fromStage").ValueKind));
        Assert.Equal("NeedsConfirmed", history[2].GetProperty("fromStage").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-03-02T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture), history[0].GetProperty("changedAt").GetDateTimeOffset());
        Assert.All(history.Skip(1), h => Assert.True(h.GetProperty("changedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5)));
        Assert.Equal(TimeSpan.Zero, history[1].GetProperty("changedAt").GetDateTimeOffset().Offset);
    }

    [Fact]
    public async Task Missing_fields_bad_values_and_unknown_references_are_400_naming_each_field_and_nothing_is_written()
    {
        var missing = await ErrorsAsync(await _client.PostAsJsonAsync("/api/core/opportunities", new { amount = 5m }));
        var bad = await ErrorsAsync(await _client.PostAsJsonAsync("/api/core/opportunities", new
        {
            name = "X", customerId = _customer, ownerRepId = _rep, amount = -1m, currency = "cny", expectedCloseOn = "2026-06-30",
        }));
        var stage = await ErrorsAsync(await _client.PostAsJsonAsync("/api/core/opportunities", new
        {
            name = "X", customerId = _customer, ownerRepId = _rep, amount = 1m, expectedCloseOn = "2026-06-30", stage = "Won",
        }));
        var unknown = await ErrorsAsync(await _client.PostAsJsonAsync("/api/core/opportunities", new
        {
            name = "X", customerId = Guid.NewGuid(), ownerRepId = Guid.NewGuid(), partnerId = Guid.NewGuid(), amount = 1m, expectedCloseOn = "2026-06-30",
        }));

        Assert.Equal(["customerId", "expectedCloseOn", "name", "ownerRepId"], missing.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["amount", "currency"], bad.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["stage"], stage.EnumerateObject().Select(e => e.Name));
        Assert.Equal(["customerId", "ownerRepId", "partnerId"], unknown.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/core/opportunities");
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_closed_opportunity_keeps_its_stage_and_its_customer_cannot_be_deleted()
    {
        var id = await OpportunityAsync(80_000m);
        await MoveAsync(id, "Negotiation", "ClosedWon");

        var reopened = await ErrorsAsync(await _client.PatchAsJsonAsync($"/api/core/opportunities/{id}", new { stage = "Proposal" }));
        var deleted = await _client.DeleteAsync($"/api/core/customers/{_customer}");

        Assert.Contains("ClosedWon", reopened.GetProperty("stage")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, deleted.StatusCode);
        var stored = await _client.GetFromJsonAsync<JsonElement>($"/api/core/opportunities/{id}");
        Assert.Equal("ClosedWon", stored.GetProperty("stage").GetString());
        Assert.Equal(3, stored.GetProperty("stageHistory").GetArrayLength());
    }

    [Fact]
    public async Task The_funnel_gives_conversion_per_stage_against_the_benchmarks_win_rate_deal_size_cac_and_ltv()
    {
        // 10 deals in March: 4 stay at first contact, 2 lost after needs confirmed, 1 at proposal,
        // 3 reach negotiation of which 2 are won (100%, 60%, 40%, 30%, 20%); one April deal is outside the period.
        var ids = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add(await OpportunityAsync(10_000m * (i + 1), rep: i < 8 ? _rep : _otherRep, partnerId: i == 9 ? _partner : null));
        }
        await OpportunityAsync(1m, createdAt: "2026-04-02T00:00:00Z");
        await MoveAsync(ids[4], "NeedsConfirmed", "ClosedLost");
        await MoveAsync(ids[5], "NeedsConfirmed", "ClosedLost");
        await MoveAsync(ids[6], "NeedsConfirmed", "Proposal");
        await MoveAsync(ids[7], "NeedsConfirmed", "Proposal", "Negotiation");
        await MoveAsync(ids[8], "NeedsConfirmed", "Proposal", "Negotiation", "ClosedWon");
        await MoveAsync(ids[9], "NeedsConfirmed", "Proposal", "Negotiation", "ClosedWon");

        var report = await _client.GetFromJsonAsync<JsonElement>("/api/core/funnel?from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z");
        var stages = report.GetProperty("stages").EnumerateArray().ToList();

        Assert.Equal(10, report.GetProperty("opportunities").GetInt32());
        Assert.Equal(["InitialContact", "NeedsConfirmed", "Proposal", "Negotiation", "ClosedWon"], stages.Select(s => s.GetProperty("stage").GetString()));
        Assert.Equal([10, 6, 4, 3, 2], stages.Select(s => s.GetProperty("reached").GetInt32()));
        Assert.Equal([100m, 60m, 40m, 30m, 20m], stages.Select(s => s.GetProperty("conversionPercent").GetDecimal()));
        Assert.Equal([100m, 40m, 25m, 12m, 5m], stages.Select(s => s.GetProperty("industryPercent").GetDecimal()));
        Assert.Equal(["BestPractice", "BestPractice", "BestPractice", "BestPractice", "BestPractice"], stages.Select(s => s.GetProperty("rating").GetString()));
        Assert.Equal(50m, report.GetProperty("winRatePercent").GetDecimal());
        Assert.Equal((2, 2, 6), (report.GetProperty("won").GetInt32(), report.GetProperty("lost").GetInt32(), report.GetProperty("open").GetInt32()));
        Assert.Equal(95_000m, report.GetProperty("averageDealSize").GetDecimal());
        Assert.Equal(1, report.GetProperty("wonCustomers").GetInt32());
        // 31 days of 150,000 a month; LTV = 95,000 × 1.5 × 35% × 3.
        Assert.Equal(decimal.Round(150_000m * 31m / (365.25m / 12m), 2), report.GetProperty("customerAcquisitionCost").GetDecimal());
        Assert.Equal(149_625m, report.GetProperty("customerLifetimeValue").GetDecimal());

        var byRep = await _client.GetFromJsonAsync<JsonElement>($"/api/core/funnel?from=2026-03-01&to=2026-04-01&repId={_otherRep}");
        var byPartner = await _client.GetFromJsonAsync<JsonElement>($"/api/core/funnel?from=2026-03-01&to=2026-04-01&partnerId={_partner}");
        var byRegion = await _client.GetFromJsonAsync<JsonElement>($"/api/core/funnel?from=2026-03-01&to=2026-04-01&regionId={_city}");
        Assert.Equal((2, 100m), (byRep.GetProperty("opportunities").GetInt32(), byRep.GetProperty("winRatePercent").GetDecimal()));
        Assert.Equal(1, byPartner.GetProperty("opportunities").GetInt32());
        Assert.Equal(10, byRegion.GetProperty("opportunities").GetInt32());
    }

    [Fact]
    public async Task A_region_filter_counts_the_customers_below_it_and_no_other()
    {
        await OpportunityAsync(1_000m);
        await OpportunityAsync(2_000m, customer: _otherCustomer);
        var regions = await _client.GetFromJsonAsync<JsonElement>("/api/core/regions?filter=code eq CN");
        var country = regions.GetProperty("items")[0].GetProperty("id").GetGuid();

        var report = await _client.GetFromJsonAsync<JsonElement>($"/api/core/funnel?from=2026-03-01&to=2026-04-01&regionId={country}");

        Assert.Equal(1, report.GetProperty("opportunities").GetInt32());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("winRatePercent").ValueKind);
    }

    [Theory]
    [InlineData("to=2026-04-01", "from")]
    [InlineData("from=yesterday&to=2026-04-01", "from")]
    [InlineData("from=2026-04-01&to=2026-03-01", "to")]
    [InlineData("from=2026-03-01&to=2026-04-01&repId=42", "repId")]
    [InlineData("from=2026-03-01&to=2026-04-01&currency=yuan", "currency")]
    public async Task Bad_funnel_parameters_are_400_naming_the_parameter(string query, string field)
    {
        var errors = await ErrorsAsync(await _client.GetAsync($"/api/core/funnel?{query}"));

        Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));
    }

    [Theory]
    [InlineData("""{"funnelIndustryConversion": "40,50,12,5"}""", "FunnelIndustryConversion")]
    [InlineData("""{"funnelBestPracticeConversion": "60,40,25"}""", "FunnelBestPracticeConversion")]
    [InlineData("""{"funnelGrossMarginPercent": 120}""", "FunnelGrossMarginPercent")]
    public async Task A_funnel_benchmark_that_is_not_four_falling_percentages_is_a_400_naming_the_setting(string body, string field)
    {
        var response = await _client.PutAsync($"/api/tenants/{Tenant}/modules/platform.core/settings", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var errors = await ErrorsAsync(response);
        Assert.Contains(errors.EnumerateObject(), e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class SqliteOpportunityApiTests() : OpportunityApiTests(TestProvider.Sqlite);

public sealed class PostgreSqlOpportunityApiTests() : OpportunityApiTests(TestProvider.PostgreSql);

[OnlyWithEnvironment(TestProvider.SqlServerVariable)]
public sealed class SqlServerOpportunityApiTests() : OpportunityApiTests(TestProvider.SqlServer);
