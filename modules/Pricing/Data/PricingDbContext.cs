using Microsoft.EntityFrameworkCore;
using Platform.Modules.Pricing.Data.Configurations;
using Platform.Modules.Pricing.Model;
using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Data;

/// <summary>The Pricing module's tables, in schema <c>pricing</c> (prefix <c>pricing_</c> on SQLite).</summary>
public sealed class PricingDbContext(DbContextOptions<PricingDbContext> options) : ModuleDbContext(options)
{
    internal DbSet<PriceListRow> PriceLists => Set<PriceListRow>();

    internal DbSet<PriceListItemRow> PriceListItems => Set<PriceListItemRow>();

    internal DbSet<PricingMethodRow> PricingMethods => Set<PricingMethodRow>();

    internal DbSet<CompetitorPriceRow> CompetitorPrices => Set<CompetitorPriceRow>();

    internal DbSet<PromotionRow> Promotions => Set<PromotionRow>();

    internal DbSet<CouponCodeRow> CouponCodes => Set<CouponCodeRow>();

    internal DbSet<CouponRedemptionRow> CouponRedemptions => Set<CouponRedemptionRow>();

    internal DbSet<FlashSaleStockRow> FlashSaleStock => Set<FlashSaleStockRow>();

    internal DbSet<FlashSaleSaleRow> FlashSaleSales => Set<FlashSaleSaleRow>();

    internal DbSet<CustomerAllowanceRow> CustomerAllowances => Set<CustomerAllowanceRow>();

    internal DbSet<OrderPricingRow> OrderPricing => Set<OrderPricingRow>();

    internal DbSet<ApprovalDecisionRow> ApprovalDecisions => Set<ApprovalDecisionRow>();

    internal DbSet<SurveyResponseRow> SurveyResponses => Set<SurveyResponseRow>();

    /// <inheritdoc />
    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PricingDbContext).Assembly);
}
