using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Modules.Core.Contracts;
using Platform.Modules.Pricing.Data;
using Platform.Sdk.Data;
using Platform.Sdk.Modules;

namespace Platform.Modules.Pricing.Seed;

/// <summary>
/// Writes the Pricing demo data for the Core demo catalogue, deterministically: channel price lists for the
/// year (store, online, distributor, direct, key account), a regional and a store list, next year's list,
/// cost-plus / competition / value-based pricing methods with competitor prices, the year's promotion
/// calendar (every promotion form, coupon codes, flash-sale stock) and a Van Westendorp survey.
/// See <c>Seed/README.md</c>. Does nothing when the tenant already has price lists or has no products.
/// </summary>
public sealed class PricingDemoSeeder : IDemoDataSeeder
{
    /// <inheritdoc />
    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var db = services.GetRequiredService<PricingDbContext>();
        if (await db.PriceLists.AnyAsync(cancellationToken))
        {
            return;
        }
        var dataService = services.GetRequiredService<IDataService>();
        var products = await ReadAllAsync(dataService, CoreEntities.Product, CoreAttributes.Product.Sku, cancellationToken);
        var regions = await ReadAllAsync(dataService, CoreEntities.Region, CoreAttributes.Region.Code, cancellationToken);
        var stores = await ReadAllAsync(dataService, CoreEntities.Store, CoreAttributes.Store.Code, cancellationToken);
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var data = Build(products.ConvertAll(SeedProduct.From), regions.ConvertAll(SeedRegion.From), stores.ConvertAll(SeedStore.From), time.GetUtcNow());
        if (data.PriceLists.Count == 0)
        {
            return;
        }
        await WriteAsync(db, data, cancellationToken);
    }

    /// <summary>Builds the demo data; pure (no clock, no I/O): equal inputs give equal rows, ids included.</summary>
    internal static PricingDemoData Build(
        IEnumerable<SeedProduct> products, IEnumerable<SeedRegion> regions, IEnumerable<SeedStore> stores, DateTimeOffset now)
    {
        var data = new PricingDemoData(products, regions, stores, now);
        if (data.Products.Count == 0)
        {
            return data;
        }
        PriceListSeeder.Build(data);
        PricingMethodSeeder.Build(data);
        PromotionCalendar.Build(data);
        SurveySeeder.Build(data);
        return data;
    }

    private static async Task<List<Entity>> ReadAllAsync(IDataService dataService, string entity, string sortBy, CancellationToken ct)
    {
        var rows = new List<Entity>();
        for (var page = 1; ; page++)
        {
            var result = await dataService.QueryAsync(
                new QueryRequest(entity) { Sorts = [new QuerySort(sortBy)], Page = page, PageSize = QueryRequest.MaxPageSize }, ct);
            rows.AddRange(result.Items);
            if (result.Items.Count < QueryRequest.MaxPageSize || rows.Count >= result.TotalCount)
            {
                return rows;
            }
        }
    }

    private static async Task WriteAsync(PricingDbContext db, PricingDemoData data, CancellationToken ct)
    {
        // Opening first lets a host operation start its transaction, which the context then joins.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            await using (ownTransaction)
            {
                db.PriceLists.AddRange(data.PriceLists);
                db.PricingMethods.AddRange(data.PricingMethods);
                db.CompetitorPrices.AddRange(data.CompetitorPrices);
                db.Promotions.AddRange(data.Promotions);
                db.CouponCodes.AddRange(data.CouponCodes);
                db.FlashSaleStock.AddRange(data.FlashSaleStock);
                db.SurveyResponses.AddRange(data.SurveyResponses);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                if (ownTransaction is not null)
                {
                    await ownTransaction.CommitAsync(ct);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
