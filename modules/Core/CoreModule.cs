using Microsoft.AspNetCore.Routing;
using Platform.Modules.Core.Data;
using Platform.Modules.Core.Inputs;
using Platform.Modules.Core.Model;
using Platform.Modules.Core.PersonalData;
using Platform.Modules.Core.Seed;
using Platform.Modules.Core.Settings;
using Platform.Modules.Core.Steps;
using Platform.Modules.Core.Stores;
using Platform.Sdk.Http;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core;

/// <summary>The common data model: customers, products, sales organisation, partners, orders, inventory.</summary>
public sealed class CoreModule : IModule
{
    /// <summary>The module id, as in <c>module.json</c>.</summary>
    public const string Id = "platform.core";

    /// <summary>The database schema, as in <c>module.json</c> (table prefix <c>core_</c> on SQLite).</summary>
    public const string Schema = "core";

    /// <inheritdoc />
    public void Register(IModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddDbContext<CoreDbContext>()
            .AddSettings<CoreSettings>()
            .AddEntityStore<CustomerStore>(CoreEntities.Customer)
            .AddEntityStore<ProductStore>(CoreEntities.Product)
            .AddEntityStore<RegionStore>(CoreEntities.Region)
            .AddEntityStore<StoreStore>(CoreEntities.Store)
            .AddEntityStore<PartnerStore>(CoreEntities.Partner)
            .AddEntityStore<TeamStore>(CoreEntities.Team)
            .AddEntityStore<SalesRepStore>(CoreEntities.SalesRep)
            .AddEntityStore<OrderStore>(CoreEntities.Order)
            .AddEntityStore<OrderLineStore>(CoreEntities.OrderLine)
            .AddEntityStore<InventoryPositionStore>(CoreEntities.InventoryPosition)
            .AddStep<ReferenceCheckStep>(new StepRegistration(PipelineMessages.Create, null, PipelineStage.PreOperation)
            {
                Name = "core.reference-check.create",
            })
            .AddStep<ReferenceCheckStep>(new StepRegistration(PipelineMessages.Update, null, PipelineStage.PreOperation)
            {
                Name = "core.reference-check.update",
            })
            .AddStep<DeleteGuardStep>(new StepRegistration(PipelineMessages.Delete, null, PipelineStage.PreOperation)
            {
                Name = "core.delete-guard",
            })
            .AddPersonalData<CustomerPersonalDataProvider>()
            .AddDemoData<CoreDemoSeeder>()
            .MapEndpoints(MapRoutes);
    }

    /// <summary>Maps the REST endpoints of every Core entity under <c>/api/core</c>.</summary>
    public static void MapRoutes(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapEntityEndpoints<CustomerInput>("/api/core/customers", CoreEntities.Customer);
        endpoints.MapEntityEndpoints<ProductInput>("/api/core/products", CoreEntities.Product);
        endpoints.MapEntityEndpoints<RegionInput>("/api/core/regions", CoreEntities.Region);
        endpoints.MapEntityEndpoints<StoreInput>("/api/core/stores", CoreEntities.Store);
        endpoints.MapEntityEndpoints<PartnerInput>("/api/core/partners", CoreEntities.Partner);
        endpoints.MapEntityEndpoints<TeamInput>("/api/core/teams", CoreEntities.Team);
        endpoints.MapEntityEndpoints<SalesRepInput>("/api/core/reps", CoreEntities.SalesRep);
        endpoints.MapEntityEndpoints<OrderInput>("/api/core/orders", CoreEntities.Order);
        endpoints.MapEntityEndpoints<InventoryPositionInput>("/api/core/inventory", CoreEntities.InventoryPosition);
    }
}
