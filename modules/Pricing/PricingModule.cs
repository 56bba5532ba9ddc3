using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Modules.Core.Contracts;
using Platform.Modules.Pricing.Api;
using Platform.Modules.Pricing.Approvals;
using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Inputs;
using Platform.Modules.Pricing.Model;
using Platform.Modules.Pricing.Promotions;
using Platform.Modules.Pricing.Quotes;
using Platform.Modules.Pricing.Seed;
using Platform.Modules.Pricing.Settings;
using Platform.Modules.Pricing.Steps;
using Platform.Modules.Pricing.Stores;
using Platform.Sdk.Http;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Pricing;

/// <summary>Price lists, pricing methods, promotions with deterministic stacking, discount approval and pricing analytics.</summary>
public sealed class PricingModule : IModule
{
    /// <summary>The module id, as in <c>module.json</c>.</summary>
    public const string Id = "platform.pricing";

    /// <summary>The database schema, as in <c>module.json</c> (table prefix <c>pricing_</c> on SQLite).</summary>
    public const string Schema = "pricing";

    // Core's products too: their list prices, costs and categories are compiled into the catalog.
    private static readonly string[] CatalogEntities =
        [PricingEntities.PriceList, PricingEntities.PricingMethod, PricingEntities.CompetitorPrice, PricingEntities.Promotion, CoreEntities.Product];

    private static readonly string[] ReferencingEntities =
        [PricingEntities.PriceList, PricingEntities.PricingMethod, PricingEntities.CompetitorPrice, PricingEntities.Promotion, PricingEntities.SurveyResponse];

    /// <inheritdoc />
    public void Register(IModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddDbContext<PricingDbContext>()
            .AddSettings<PricingSettings>()
            .AddDemoData<PricingDemoSeeder>()
            .AddEntityStore<PriceListStore>(PricingEntities.PriceList)
            .AddEntityStore<PricingMethodStore>(PricingEntities.PricingMethod)
            .AddEntityStore<CompetitorPriceStore>(PricingEntities.CompetitorPrice)
            .AddEntityStore<PromotionStore>(PricingEntities.Promotion)
            .AddEntityStore<CouponCodeStore>(PricingEntities.CouponCode)
            .AddEntityStore<SurveyResponseStore>(PricingEntities.SurveyResponse);
        foreach (var entity in ReferencingEntities)
        {
            foreach (var message in new[] { PipelineMessages.Create, PipelineMessages.Update })
            {
                builder.AddStep<PricingReferenceStep>(new StepRegistration(message, entity, PipelineStage.PreOperation)
                {
                    Name = $"pricing.references.{entity}.{message.ToLowerInvariant()}",
                });
            }
        }
        foreach (var entity in CatalogEntities)
        {
            foreach (var message in new[] { PipelineMessages.Create, PipelineMessages.Update, PipelineMessages.Delete })
            {
                builder.AddStep<CatalogChangedStep>(new StepRegistration(message, entity, PipelineStage.PostOperation)
                {
                    Name = $"pricing.catalog-changed.{entity}.{message.ToLowerInvariant()}",
                });
            }
        }
        foreach (var message in new[] { PipelineMessages.Update, PipelineMessages.Delete })
        {
            builder.AddStep<CustomerChangedStep>(new StepRegistration(message, CoreEntities.Customer, PipelineStage.PostOperation)
            {
                Name = $"pricing.customer-changed.{message.ToLowerInvariant()}",
            });
        }
        builder.Services.AddSingleton<PricingCatalogCache>();
        builder.Services.AddSingleton<CustomerFactsCache>();
        builder.Services.AddScoped<PricingCatalogLoader>();
        builder.Services.AddScoped<CouponCheck>();
        builder.Services.AddScoped<FlashSaleUsageReader>();
        builder.Services.AddScoped<QuoteService>();
        builder.AddStep<OrderPricingStep>(new StepRegistration(PipelineMessages.Create, CoreEntities.Order, PipelineStage.PreOperation) { Name = "pricing.price-order.create" })
            .AddStep<OrderPricingStep>(new StepRegistration(PipelineMessages.Update, CoreEntities.Order, PipelineStage.PreOperation)
            {
                Name = "pricing.price-order.update",
                PreImage = OrderPricingStep.PreImageAttributes,
            })
            .AddStep<OrderCompletionStep>(new StepRegistration(PipelineMessages.Update, CoreEntities.Order, PipelineStage.PostOperation)
            {
                Name = "pricing.order-completed",
                FilteringAttributes = [CoreAttributes.Order.Status],
                PreImage = [CoreAttributes.Order.Status],
            })
            .AddMessage<QuoteRequest, QuoteResponse, QuoteMessageHandler>(QuoteMessageHandler.MessageName)
            .AddMessage<DiscountDecision, DiscountApprovalState, DiscountDecisionHandler>(DiscountDecisionHandler.MessageName)
            .AddMessage<SetOrderOptions, DiscountApprovalState, OrderOptionsHandler>(OrderOptionsHandler.MessageName)
            .MapEndpoints(MapRoutes);
    }

    /// <summary>Maps the REST endpoints of the Pricing module under <c>/api/pricing</c>.</summary>
    public static void MapRoutes(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapEntityEndpoints<PriceListInput>("/api/pricing/price-lists", PricingEntities.PriceList);
        endpoints.MapEntityEndpoints<PricingMethodInput>("/api/pricing/methods", PricingEntities.PricingMethod);
        endpoints.MapEntityEndpoints<CompetitorPriceInput>("/api/pricing/competitor-prices", PricingEntities.CompetitorPrice);
        endpoints.MapEntityEndpoints<PromotionInput>("/api/pricing/promotions", PricingEntities.Promotion)
            .WithMetadata(new BodyVariants("kind", "parameters", Enum.GetValues<PromotionKind>().ToDictionary(k => k.ToString(), PromotionDocuments.ParametersType)));
        endpoints.MapEntityEndpoints<CouponCodeInput>("/api/pricing/coupon-codes", PricingEntities.CouponCode);
        endpoints.MapEntityEndpoints<SurveyResponseInput>("/api/pricing/survey-responses", PricingEntities.SurveyResponse);
        QuoteEndpoints.Map(endpoints);
        OrderPricingEndpoints.Map(endpoints);
        AnalyticsEndpoints.Map(endpoints);
    }
}
