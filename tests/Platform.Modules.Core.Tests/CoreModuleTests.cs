using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.Extensions;
using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Modules.Core.PersonalData;
using Platform.Modules.Core.Seed;
using Platform.Modules.Core.Settings;
using Platform.Modules.Core.Steps;
using Platform.Modules.Core.Stores;
using Platform.Sdk.Data;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;
using Platform.Sdk.Settings;

namespace Platform.Modules.Core.Tests;

/// <summary>What the module registers with the host, its routes and its manifest.</summary>
public sealed class CoreModuleTests
{
    private static IModuleBuilder Register()
    {
        var builder = Substitute.For<IModuleBuilder>();
        builder.ReturnsForAll(builder);
        new CoreModule().Register(builder);
        return builder;
    }

    [Fact]
    public void Register_AddsAStoreForEveryEntity()
    {
        var builder = Register();

        builder.Received(1).AddEntityStore<CustomerStore>(CoreEntities.Customer);
        builder.Received(1).AddEntityStore<ProductStore>(CoreEntities.Product);
        builder.Received(1).AddEntityStore<RegionStore>(CoreEntities.Region);
        builder.Received(1).AddEntityStore<StoreStore>(CoreEntities.Store);
        builder.Received(1).AddEntityStore<PartnerStore>(CoreEntities.Partner);
        builder.Received(1).AddEntityStore<TeamStore>(CoreEntities.Team);
        builder.Received(1).AddEntityStore<SalesRepStore>(CoreEntities.SalesRep);
        builder.Received(1).AddEntityStore<OrderStore>(CoreEntities.Order);
        builder.Received(1).AddEntityStore<OrderLineStore>(CoreEntities.OrderLine);
        builder.Received(1).AddEntityStore<InventoryPositionStore>(CoreEntities.InventoryPosition);
    }

    [Fact]
    public void Register_AddsTheReferenceCheckForCreateAndUpdate_AndTheDeleteGuard_OfEveryEntity_AtPreOperation()
    {
        var builder = Register();

        var registrations = builder.ReceivedCalls()
            .Where(c => c.GetMethodInfo().Name == nameof(IModuleBuilder.AddStep))
            .Select(c => (Step: c.GetMethodInfo().GetGenericArguments()[0], Registration: (StepRegistration)c.GetArguments()[0]!))
            .ToList();

        Assert.Equal(3, registrations.Count);
        Assert.All(registrations, r =>
        {
            Assert.Equal(r.Registration.Message == PipelineMessages.Delete ? typeof(DeleteGuardStep) : typeof(ReferenceCheckStep), r.Step);
            Assert.Null(r.Registration.Entity);
            Assert.Equal(PipelineStage.PreOperation, r.Registration.Stage);
            Assert.Equal(StepMode.Synchronous, r.Registration.Mode);
        });
        Assert.Equal([PipelineMessages.Create, PipelineMessages.Update, PipelineMessages.Delete], registrations.Select(r => r.Registration.Message));
    }

    [Fact]
    public void Register_AddsContextSettingsPersonalDataDemoDataAndEndpoints()
    {
        var builder = Register();

        builder.Received(1).AddDbContext<CoreDbContext>();
        builder.Received(1).AddSettings<CoreSettings>();
        builder.Received(1).AddPersonalData<CustomerPersonalDataProvider>();
        builder.Received(1).AddDemoData<CoreDemoSeeder>();
        builder.Received(1).MapEndpoints(Arg.Any<Action<IEndpointRouteBuilder>>());
    }

    [Theory]
    [InlineData("/api/core/customers", CoreEntities.Customer)]
    [InlineData("/api/core/products", CoreEntities.Product)]
    [InlineData("/api/core/regions", CoreEntities.Region)]
    [InlineData("/api/core/stores", CoreEntities.Store)]
    [InlineData("/api/core/partners", CoreEntities.Partner)]
    [InlineData("/api/core/teams", CoreEntities.Team)]
    [InlineData("/api/core/reps", CoreEntities.SalesRep)]
    [InlineData("/api/core/orders", CoreEntities.Order)]
    [InlineData("/api/core/inventory", CoreEntities.InventoryPosition)]
    public async Task MapRoutes_MapsTheFiveEndpointsOfEachEntity(string route, string entity)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddRouting();
        builder.Services.AddSingleton(Substitute.For<IDataService>());
        await using var app = builder.Build();
        CoreModule.MapRoutes(app);

        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName.StartsWith(entity + ".", StringComparison.Ordinal) == true)
            .ToList();

        Assert.Equal(
            [$"{entity}.create", $"{entity}.delete", $"{entity}.get", $"{entity}.list", $"{entity}.update"],
            endpoints.Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName).Order(StringComparer.Ordinal));
        Assert.All(endpoints, e => Assert.StartsWith(route, e.RoutePattern.RawText, StringComparison.Ordinal));
    }

    [Fact]
    public void Manifest_MatchesTheModuleConstants()
    {
        var manifest = ModuleManifest.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, ModuleManifest.FileName)));

        Assert.Equal(CoreModule.Id, manifest.Id);
        Assert.Equal(CoreModule.Schema, manifest.Schema);
    }

    [Fact]
    public void Manifest_DeclaresEverySettingWithItsDefault()
    {
        var manifest = ModuleManifest.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, ModuleManifest.FileName)));
        var defaults = new CoreSettings();

        var properties = typeof(CoreSettings).GetProperties();
        Assert.Equal(properties.Select(p => p.Name).Order(StringComparer.Ordinal), manifest.Settings.Select(s => s.Name).Order(StringComparer.Ordinal));
        foreach (var property in properties)
        {
            var declared = manifest.Settings.Single(s => s.Name == property.Name);
            Assert.Equal(Convert.ToString(property.GetValue(defaults), CultureInfo.InvariantCulture), declared.Default);
        }
    }

    [Fact]
    public void Settings_DefaultsAreValid_AndBadValuesAreNamed()
    {
        Assert.Empty(SettingsContract.Validate(new CoreSettings()));

        var errors = SettingsContract.Validate(new CoreSettings { DefaultCurrency = "rmb", MoneyDecimals = 5, DemoMonths = 0, MoneyRounding = (MoneyRoundingRule)9 });

        Assert.Equal(["DefaultCurrency", "DemoMonths", "MoneyDecimals", "MoneyRounding"], errors.Keys.Order(StringComparer.Ordinal));
    }
}
