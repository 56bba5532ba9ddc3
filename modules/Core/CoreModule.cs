using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Modules.Core.Data;
using Platform.Modules.Core.Funnel;
using Platform.Modules.Core.Http;
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

/// <summary>The common data model: customers, products, sales organisation, partners, orders, inventory, opportunities and the funnel.</summary>
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
        builder.Services.AddScoped<FunnelService>();
        // Core's settings hold the tenant's write rules (If-Match, items per list) for every module's entities.
        builder.Services.AddScoped<IEntityWritePolicy, CoreWritePolicy>();
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
            .AddEntityStore<OpportunityStore>(CoreEntities.Opportunity)
            .AddStep<ReferenceCheckStep>(new StepRegistration(PipelineMessages.Create, null, PipelineStage.PreOperation)
            {
                Name = "core.reference-check.create",
            })
            .AddStep<ReferenceCheckStep>(new StepRegistration(PipelineMessages.Update, null, PipelineStage.PreOperation)
            {
                Name = "core.reference-check.update",
            })
            .AddStep<OrderAmountLimitStep>(new StepRegistration(PipelineMessages.Create, CoreEntities.Order, PipelineStage.PreValidation)
            {
                Name = "core.order-amount-limit.create",
            })
            .AddStep<OrderAmountLimitStep>(new StepRegistration(PipelineMessages.Update, CoreEntities.Order, PipelineStage.PreValidation)
            {
                Name = "core.order-amount-limit.update",
            })
            .AddStep<DeleteGuardStep>(new StepRegistration(PipelineMessages.Delete, null, PipelineStage.PreOperation)
            {
                Name = "core.delete-guard",
            })
            .AddStep<OpportunityStageStep>(new StepRegistration(PipelineMessages.Create, CoreEntities.Opportunity, PipelineStage.PostOperation)
            {
                Name = "core.opportunity-stage.create",
            })
            .AddStep<OpportunityStageStep>(new StepRegistration(PipelineMessages.Update, CoreEntities.Opportunity, PipelineStage.PostOperation)
            {
                Name = "core.opportunity-stage.update",
                FilteringAttributes = [CoreAttributes.Opportunity.Stage],
                PreImage = [CoreAttributes.Opportunity.Stage],
            })
            .AddMessage<FunnelRequest, FunnelReport, FunnelMessageHandler>(FunnelMessageHandler.MessageName)
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
        endpoints.MapEntityEndpoints<OpportunityInput>("/api/core/opportunities", CoreEntities.Opportunity);
        FunnelEndpoints.Map(endpoints);
    }
}
