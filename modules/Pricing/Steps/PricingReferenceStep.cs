using System.Text.Json;
using Platform.Modules.Core.Contracts;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Model;
using Platform.Modules.Pricing.Promotions;
using Platform.Modules.Pricing.Stores;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Pricing.Steps;

/// <summary>
/// PreOperation on create and update of Pricing records: every product, region and store they name must
/// exist in Core (400 naming the field otherwise).
/// </summary>
internal sealed class PricingReferenceStep : IPipelineStep
{
    private const string Product = CoreEntities.Product;
    private const string Region = CoreEntities.Region;
    private const string Store = CoreEntities.Store;

    public async ValueTask ExecuteAsync(IPipelineContext context, CancellationToken cancellationToken)
    {
        if (context.Target is not { } target)
        {
            return;
        }
        var references = new CoreReferences();
        references.Want(PricingFieldNames.ProductId, Product, Guid(target, PricingFieldNames.ProductId));
        switch (target.LogicalName)
        {
            case PricingEntities.PriceList:
                references.Want(PricingFieldNames.RegionId, Region, Guid(target, PricingFieldNames.RegionId));
                references.Want(PricingFieldNames.StoreId, Store, Guid(target, PricingFieldNames.StoreId));
                if (target[PriceListStore.ItemsAttribute] is IEnumerable<Entity> items)
                {
                    var index = 0;
                    foreach (var item in items)
                    {
                        references.Want($"items[{index++}].{PricingFieldNames.ProductId}", Product, Guid(item, PricingFieldNames.ProductId));
                    }
                }
                break;
            case PricingEntities.Promotion:
                WantPromotionReferences(target, references);
                break;
        }
        var errors = new Dictionary<string, string[]>();
        await references.CheckAsync(context.DataService, errors, cancellationToken);
        if (errors.Count > 0)
        {
            throw new InvalidPluginExecutionException($"The {target.LogicalName} names records that do not exist.") { Errors = errors };
        }
    }

    private static void WantPromotionReferences(Entity target, CoreReferences references)
    {
        if (target.Contains(PromotionStore.ApplicabilityAttribute) && TryRead<PromotionApplicability>(target[PromotionStore.ApplicabilityAttribute]) is { } applicability)
        {
            references.WantAll("applicability.productIds", Product, applicability.ProductIds);
            references.WantAll("applicability.regionIds", Region, applicability.RegionIds);
            references.WantAll("applicability.storeIds", Store, applicability.StoreIds);
        }
        if (target.Contains(PromotionStore.ParametersAttribute) && TryRead<GiftParameters>(target[PromotionStore.ParametersAttribute]) is { } gift
            && System.Guid.TryParse(gift.GiftProductId, out var giftProduct))
        {
            references.Want("parameters.giftProductId", Product, giftProduct);
        }
    }

    private static Guid? Guid(Entity entity, string attribute)
    {
        try
        {
            return entity.GetValue<Guid?>(attribute);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or ArgumentException)
        {
            return null; // the store reports the wrong type
        }
    }

    /// <summary>The document as <typeparamref name="T"/>, or null when it is not one (the store reports why).</summary>
    private static T? TryRead<T>(object? value) where T : class
    {
        try
        {
            return value as T ?? JsonSerializer.Deserialize<T>(PromotionDocuments.Text(value), PromotionDocuments.Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
