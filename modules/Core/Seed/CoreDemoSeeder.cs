using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Modules.Core.Data;
using Platform.Modules.Core.Settings;
using Platform.Sdk.Modules;

namespace Platform.Modules.Core.Seed;

/// <summary>
/// Writes the Core demo data straight through <see cref="CoreDbContext"/>, deterministically (the random
/// seed is a setting): 31 regions (China → 5 sales regions → 11 provinces → 14 cities), 54 stores of all
/// four formats, 40 products in 5 lines, <c>DemoCustomerCount</c> customers, 16 partners in all tiers,
/// 6 teams of 5 reps, about <c>DemoOrdersPerMonth</c> × <c>DemoMonths</c> orders with 1–6 lines, and
/// inventory positions per product and store, warehouse and transit lane, and <c>DemoOpportunityCount</c>
/// opportunities through the funnel with their stage history. See <c>Seed/README.md</c>.
/// Does nothing when the tenant already has regions.
/// </summary>
public sealed class CoreDemoSeeder : IDemoDataSeeder
{
    /// <inheritdoc />
    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var db = services.GetRequiredService<CoreDbContext>();
        if (await db.Regions.AnyAsync(cancellationToken))
        {
            return;
        }
        var settings = services.GetRequiredService<IOptionsSnapshot<CoreSettings>>().Value;
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var data = Build(settings, time.GetUtcNow());
        await WriteAsync(db, data, cancellationToken);
    }

    internal static DemoData Build(CoreSettings settings, DateTimeOffset now)
    {
        var data = new DemoData(settings, now);
        RegionSeeder.Build(data);
        StoreSeeder.Build(data);
        ProductSeeder.Build(data);
        CustomerSeeder.Build(data);
        PartnerSeeder.Build(data);
        SalesOrgSeeder.Build(data);
        OrderSeeder.Build(data);
        InventorySeeder.Build(data);
        OpportunitySeeder.Build(data);
        return data;
    }

    private static async Task WriteAsync(CoreDbContext db, DemoData data, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            await using (ownTransaction)
            {
                await BulkInsert.RunAsync(db, data.Regions, ct);
                await BulkInsert.RunAsync(db, data.Stores, ct);
                await BulkInsert.RunAsync(db, data.Products.Select(p => p.Row), ct);
                await BulkInsert.RunAsync(db, data.Customers, ct);
                await BulkInsert.RunAsync(db, data.Partners, ct);
                await BulkInsert.RunAsync(db, data.Teams, ct);
                await BulkInsert.RunAsync(db, data.Reps, ct);
                await BulkInsert.RunAsync(db, data.Orders, ct);
                await BulkInsert.RunAsync(db, data.Orders.SelectMany(o => o.Lines), ct);
                await BulkInsert.RunAsync(db, data.Inventory, ct);
                await BulkInsert.RunAsync(db, data.Opportunities, ct);
                await BulkInsert.RunAsync(db, data.Opportunities.SelectMany(o => o.StageHistory), ct);
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
