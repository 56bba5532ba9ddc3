using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Modules;
using Platform.Host.Tenants;
using Platform.Host.Tests.Pipeline.Probe;
using Platform.Host.Tests.Support;
using Platform.Host.Tests.Tenants;
using Platform.Sdk.Console;
using Platform.Sdk.Contributions;
using Platform.Sdk.Kpis;
using Platform.Sdk.Modules;
using Platform.Sdk.PersonalData;
using Xunit;

namespace Platform.Host.Tests.Contributions;

/// <summary>Contributions to SDK contracts (shared interfaces) and the rules for contracts and named contracts.</summary>
public sealed class SdkContractTests
{
    private sealed class LambdaModule(Action<IModuleBuilder> register) : IModule
    {
        public void Register(IModuleBuilder builder) => register(builder);
    }

    /// <summary>A contract defined outside the SDK: a module's own type, which no other load context shares.</summary>
    public interface IModuleOwnContract;

    public sealed class OwnContractImplementation : IModuleOwnContract;

    /// <summary>A personal-data provider that names its module in its one field.</summary>
    public sealed class ProbePersonalData(ICallerContext caller) : IPersonalDataProvider
    {
        public IReadOnlyList<PersonalField> Fields => [new PersonalField("contact", "phone", "contact", false)];

        public string Tenant => caller.TenantId;

        public Task<PersonalDataExport> ExportAsync(DataSubject subject, CancellationToken cancellationToken) => Task.FromResult(new PersonalDataExport("probe", []));

        public Task<int> EraseAsync(DataSubject subject, CancellationToken cancellationToken) => Task.FromResult(0);
    }

    private static InProcessModule Module(string id, Action<IModuleBuilder> register) => new(ProbeModules.Manifest(id, null), new LambdaModule(register));

    private static async Task<string?> FaultOf(TestPlatform platform, string id)
    {
        var module = await platform.GetModuleAsync(id);
        return module.GetProperty("state").GetString() == "faulted" ? module.GetProperty("faultReason").GetString() : null;
    }

    private static async Task<T> InTenantAsync<T>(TestPlatform platform, string tenantId, Func<IContributions, T> read)
    {
        var tenant = await platform.Services.GetRequiredService<TenantDirectory>().GetFreshAsync(tenantId, CancellationToken.None);
        await using var scope = platform.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(tenantId, tenant);
        return read(scope.ServiceProvider.GetRequiredService<IContributions>());
    }

    [Fact]
    public async Task Personal_data_providers_are_contributions_listed_per_tenant_and_resolved_in_its_scope()
    {
        await using var platform = await TestPlatform.StartAsync(modules:
        [
            Module("probe.crm", b => b.AddPersonalData<ProbePersonalData>()),
            Module("probe.loyalty", b => b.Contribute<IPersonalDataProvider, ProbePersonalData>()),
        ]);
        await platform.CreateTenantAsync("acme", "probe.loyalty");

        var demo = await InTenantAsync(platform, "demo", c => c.Get<IPersonalDataProvider>().Select(p => (p.ModuleId, ((ProbePersonalData)p.Value).Tenant)).ToList());
        var acme = await InTenantAsync(platform, "acme", c => c.Get<IPersonalDataProvider>().Select(p => p.ModuleId).ToList());

        Assert.Equal([("probe.crm", "demo"), ("probe.loyalty", "demo")], demo);
        Assert.Equal(["probe.loyalty"], acme);
        Assert.Equal([typeof(ProbePersonalData)], platform.Catalog.RegistrationsOf(platform.Catalog.Modules.Single(m => m.Id == "probe.crm")).PersonalDataProviders);
    }

    [Fact]
    public async Task Core_personal_data_provider_is_found_through_the_contributions()
    {
        using var root = AllModulesRoot.Create();
        await using var platform = await TestPlatform.StartAsync(moduleRoot: root.Path);

        var providers = await InTenantAsync(platform, "demo", c => c.Get<IPersonalDataProvider>().Select(p => (p.ModuleId, p.Value.GetType().Name)).ToList());

        Assert.Contains(("platform.core", "CustomerPersonalDataProvider"), providers);
    }

    [Fact]
    public async Task A_contract_type_of_a_module_assembly_and_a_badly_named_contract_are_refused_with_the_reason()
    {
        await using var platform = await TestPlatform.StartAsync(modules:
        [
            Module("probe.own-type", b => b.Contribute<IModuleOwnContract, OwnContractImplementation>()),
            Module("probe.no-publisher", b => b.Contribute("badges", new { badge = "x" })),
            Module("probe.twice", b => b.Contribute<IPersonalDataProvider, ProbePersonalData>().AddPersonalData<ProbePersonalData>()),
        ]);

        Assert.Equal("Module probe.own-type was refused: OwnContractImplementation contributes to " + typeof(IModuleOwnContract).FullName
            + ", a type of Platform.Host.Tests; only types of shared assemblies (the SDK) are the same type in every module. Contribute to a named contract with Contribute(name, data) instead.",
            await FaultOf(platform, "probe.own-type"));
        Assert.Equal("Module probe.no-publisher was refused: Contract name 'badges' must be of the form publisher.name (for example acme.badge-source), because every module shares it.",
            await FaultOf(platform, "probe.no-publisher"));
        Assert.Equal("Module probe.twice was refused: ProbePersonalData contributes to Platform.Sdk.PersonalData.IPersonalDataProvider twice.", await FaultOf(platform, "probe.twice"));
    }

    [Fact]
    public async Task Named_contributions_are_read_into_the_consumers_own_type_and_listed_in_module_order()
    {
        await using var platform = await TestPlatform.StartAsync(modules:
        [
            Module("probe.a", b => b.Contribute("probe.widgets", new { title = "Sales", order = 1 }).Contribute("probe.widgets", new { title = "Stock", order = 2 })),
            Module("probe.b", b => b.Contribute("probe.widgets", new { title = "Leads", order = 3 }).Contribute("probe.other", new { title = "no" })),
        ]);

        var widgets = await InTenantAsync(platform, "demo", c => c.Get("probe.widgets").Select(w => (w.ModuleId, w.As<Widget>())).ToList());
        var none = await InTenantAsync(platform, "demo", c => c.Get("probe.nobody-contributes"));

        Assert.Equal([("probe.a", new Widget("Sales", 1)), ("probe.a", new Widget("Stock", 2)), ("probe.b", new Widget("Leads", 3))], widgets);
        Assert.Empty(none);
    }

    public sealed record Widget(string Title, int Order);

    public sealed class ProbeNavigation : INavigationContribution
    {
        public IReadOnlyList<NavigationItem> Items => [new("probe.plans", "Plans", "/plans", Order: 2)];
    }

    public sealed class ProbeKpis : IKpiProvider
    {
        public IReadOnlyList<KpiDefinition> Kpis => [new("probe.win-rate", "Win rate", "percent")];

        public Task<KpiValue> ComputeAsync(string kpi, KpiQuery query, CancellationToken cancellationToken) => Task.FromResult(new KpiValue(kpi, 42.5m, "percent"));
    }

    [Fact]
    public async Task Console_navigation_and_kpi_providers_are_contributions_the_host_needs_no_change_for()
    {
        await using var platform = await TestPlatform.StartAsync(modules:
        [
            Module("probe.console", b => b.Contribute<INavigationContribution, ProbeNavigation>().Contribute<IKpiProvider, ProbeKpis>()),
        ]);
        await platform.CreateTenantAsync("acme");

        var items = await InTenantAsync(platform, "demo", c => c.Get<INavigationContribution>().SelectMany(n => n.Value.Items).Select(i => i.Route).ToList());
        var kpi = await (await InTenantAsync(platform, "demo", c => c.Get<IKpiProvider>().Single().Value)).ComputeAsync("probe.win-rate", new KpiQuery(DateTimeOffset.UnixEpoch, DateTimeOffset.UtcNow), CancellationToken.None);
        var acme = await InTenantAsync(platform, "acme", c => c.Get<INavigationContribution>().Count + c.Get<IKpiProvider>().Count);

        Assert.Equal(["/plans"], items);
        Assert.Equal(new KpiValue("probe.win-rate", 42.5m, "percent"), kpi);
        Assert.Equal(0, acme);
    }
}
