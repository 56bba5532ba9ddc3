using Platform.Modules.Pricing.Data;
using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Model;
using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Stores;

/// <summary>
/// Pricing methods. Checks the whole method after every write: it names exactly one of a product and a
/// category, carries what its method needs and nothing that contradicts it.
/// </summary>
internal sealed class PricingMethodStore(PricingDbContext context) : EfEntityStore<PricingDbContext, PricingMethodRow>(context, PricingEntities.PricingMethod)
{
    protected override void ApplyToRow(Entity entity, PricingMethodRow row)
    {
        base.ApplyToRow(entity, row);
        var errors = new WriteErrors(EntityName);
        if ((row.ProductId is null) == string.IsNullOrWhiteSpace(row.Category))
        {
            errors.Add(PricingFieldNames.ProductId, $"Name exactly one of {PricingFieldNames.ProductId} and category.");
        }
        switch (row.Method)
        {
            case PricingMethodKind.CostPlus when row.MarginPercent is null:
                errors.Add("marginPercent", "A cost-plus method needs marginPercent.");
                break;
            case PricingMethodKind.ValueBased:
                if (row.ValueSharePercent is null or 0)
                {
                    errors.Add("valueSharePercent", "A value-based method needs valueSharePercent above 0.");
                }
                if (row.ValueMetric is null && row.ProductId is not null)
                {
                    errors.Add("valueMetric", "A value-based method for a product needs valueMetric (the customer value in money).");
                }
                break;
            case PricingMethodKind.Competition:
                if (row.CompetitorPosition is null)
                {
                    errors.Add("competitorPosition", "A competition-based method needs competitorPosition (Above, At or Below).");
                }
                if (row.AdjustmentAmount is not null && row.AdjustmentPercent is not null)
                {
                    errors.Add("adjustmentPercent", "Set adjustmentAmount or adjustmentPercent, not both.");
                }
                if (row.CompetitorPosition == CompetitorPosition.At && (row.AdjustmentAmount ?? row.AdjustmentPercent ?? 0) != 0)
                {
                    errors.Add("adjustmentAmount", "A price at the competitor's takes no adjustment.");
                }
                break;
        }
        if (row.Method != PricingMethodKind.CostPlus && row.MarginPercent is not null)
        {
            errors.Add("marginPercent", $"marginPercent belongs to a CostPlus method, not {row.Method}.");
        }
        if (row.Method != PricingMethodKind.Competition && (row.CompetitorPosition ?? (object?)row.AdjustmentAmount ?? row.AdjustmentPercent) is not null)
        {
            errors.Add("competitorPosition", $"Competitor settings belong to a Competition method, not {row.Method}.");
        }
        errors.ThrowIfAny();
    }
}
