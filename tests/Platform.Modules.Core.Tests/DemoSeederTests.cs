using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Modules.Core.Data;
using Platform.Modules.Core.Inputs.Rules;
using Platform.Modules.Core.Model;
using Platform.Modules.Core.Orders;
using Platform.Modules.Core.Seed;
using Platform.Modules.Core.Seed.Data;
using Platform.Modules.Core.Settings;
using Platform.Modules.Core.Steps;
using Platform.Modules.Core.Stores;
using Platform.Modules.Core.Tests.Support;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core.Tests;

/// <summary>The demo data: counts documented in modules/Core/Seed/README.md, realism rules and determinism.</summary>
public sealed class DemoSeederTests(DemoSeederTests.SeededDatabase seeded) : IClassFixture<DemoSeederTests.SeededDatabase>
{
    /// <summary>Noon in Beijing on 20 December 2025: twelve months are January to December 2025.</summary>
    private static readonly DateTimeOffset Now = new(2025, 12, 20, 4, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private readonly TestDatabase _database = seeded.Database;

    /// <summary>One database seeded once for all tests of the class (the tests only read it).</summary>
    public sealed class SeededDatabase : IAsyncLifetime
    {
        public TestDatabase Database { get; private set; } = null!;

        public TimeSpan SeedTime { get; private set; }

        public async Task InitializeAsync()
        {
            Database = await TestDatabase.CreateAsync();
            var watch = Stopwatch.StartNew();
            await SeedAsync(Database, Now);
            SeedTime = watch.Elapsed;
        }

        public async Task DisposeAsync() => await Database.DisposeAsync();
    }

    private static async Task SeedAsync(TestDatabase database, DateTimeOffset now)
    {
        await using var services = new ServiceCollection()
            .AddScoped(_ => database.NewContext())
            .AddSingleton<TimeProvider>(new FixedClock(now))
            .AddSingleton(database.Options)
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await new CoreDemoSeeder().SeedAsync(scope.ServiceProvider, default);
    }

    [Fact]
    public async Task Seed_WritesTheDocumentedCounts()
    {
        await using var db = _database.NewContext();

        Assert.Equal(31, await db.Regions.CountAsync());
        Assert.Equal([1, 5, 11, 14], await db.Regions.GroupBy(r => r.Level).OrderBy(g => g.Key).Select(g => g.Count()).ToListAsync());
        Assert.Equal(54, await db.Stores.CountAsync());
        Assert.Equal(40, await db.Products.CountAsync());
        Assert.Equal(5, await db.Products.Select(p => p.ProductLine).Distinct().CountAsync());
        Assert.Equal(300, await db.Customers.CountAsync());
        Assert.Equal(16, await db.Partners.CountAsync());
        Assert.Equal(6, await db.Teams.CountAsync());
        Assert.Equal(30, await db.SalesReps.CountAsync());
        Assert.InRange(await db.Orders.CountAsync(), 2_700, 3_200);
        Assert.Equal(1_541, await db.InventoryPositions.CountAsync());
    }

    [Fact]
    public void Seed_CompletesInAFewSeconds()
    {
        Assert.True(seeded.SeedTime < TimeSpan.FromSeconds(10), $"Seeding took {seeded.SeedTime}.");
    }

    [Fact]
    public async Task Stores_CoverEveryFormat_WithAreasInsideTheFormatRanges_NearTheirCity()
    {
        await using var db = _database.NewContext();
        var stores = await db.Stores.ToListAsync();
        var cities = await db.Regions.Where(r => r.Level == RegionLevel.City).ToDictionaryAsync(r => r.Id, r => r.Code);
        var centres = ChinaGeography.Regions.SelectMany(r => r.Provinces).SelectMany(p => p.Cities).ToDictionary(c => c.Code);

        Assert.Equal(Enum.GetValues<StoreFormat>(), stores.Select(s => s.Format).Distinct().Order());
        Assert.All(stores, s => Assert.True(StoreFormatGuide.IsTypicalArea(s.Format, s.AreaSqm), $"{s.Code}: {s.Format} of {s.AreaSqm} m²."));
        Assert.All(stores, s =>
        {
            var centre = centres[cities[s.RegionId]];
            Assert.InRange(s.Latitude, centre.Latitude - 0.1, centre.Latitude + 0.1);
            Assert.InRange(s.Longitude, centre.Longitude - 0.1, centre.Longitude + 0.1);
        });
        Assert.Contains(stores, s => s.Status == StoreStatus.Open);
    }

    [Fact]
    public async Task Orders_SpanTwelveMonthsEndingThisMonth_WithPeaksAt618AndDouble11()
    {
        await using var db = _database.NewContext();
        var times = await db.Orders.Select(o => o.OrderedAt).ToListAsync();
        var perMonth = times.GroupBy(t => t.ToOffset(China).Month).ToDictionary(g => g.Key, g => g.Count());
        var average = times.Count / 12.0;

        Assert.Equal(12, times.Select(t => (t.ToOffset(China).Year, t.ToOffset(China).Month)).Distinct().Count());
        Assert.All(times, t => Assert.InRange(t, new DateTimeOffset(2025, 1, 1, 0, 0, 0, China), Now));
        Assert.True(perMonth[6] > 1.25 * average, "618 (June) should be a peak.");
        Assert.True(perMonth[11] > 1.4 * average, "Double 11 (November) should be the biggest peak.");
        Assert.True(perMonth[1] > perMonth[3], "Spring Festival (January) should beat March.");
        Assert.True(perMonth[11] > perMonth[6] && perMonth[6] > perMonth[7]);
    }

    [Fact]
    public async Task Orders_HaveOneToSixLines_NetAtOrBelowList_AndConsistentAmounts()
    {
        await using var db = _database.NewContext();
        var orders = await db.Orders.Include(o => o.Lines).AsNoTracking().ToListAsync();
        var settings = new CoreSettings();

        Assert.All(orders, o =>
        {
            Assert.InRange(o.Lines.Count, 1, 6);
            Assert.All(o.Lines, l =>
            {
                Assert.InRange(l.NetPrice, 0m, l.ListPrice);
                Assert.True(l.Quantity >= 1);
                Assert.Equal(MoneyRounder.LineAmount(l.Quantity, l.NetPrice, settings), l.LineAmount);
            });
            Assert.Equal(o.Lines.Sum(l => l.LineAmount), o.TotalAmount);
            Assert.Equal("CNY", o.Currency);
        });
        Assert.Contains(orders, o => o.Lines.Count == 6);
        Assert.Equal(Enum.GetValues<SalesChannel>(), orders.Select(o => o.Channel).Distinct().Order());
        Assert.All(orders.Where(o => o.Channel == SalesChannel.Store), o => Assert.NotNull(o.StoreId));
        Assert.All(orders.Where(o => o.Channel == SalesChannel.Partner), o => Assert.NotNull(o.PartnerId));
    }

    [Fact]
    public async Task Revenue_IsConcentratedInTheTopCustomers()
    {
        await using var db = _database.NewContext();
        var revenue = (await db.Orders.Where(o => o.Status != OrderStatus.Cancelled).Select(o => new { o.CustomerId, o.TotalAmount }).ToListAsync())
            .GroupBy(o => o.CustomerId).Select(g => g.Sum(o => o.TotalAmount)).OrderDescending().ToList();
        var top20 = revenue.Take(300 / 5).Sum();

        Assert.True(top20 / revenue.Sum() > 0.6m, $"Top 20% of customers bring {top20 / revenue.Sum():P0} of revenue.");
    }

    [Fact]
    public async Task MasterData_IsRealistic()
    {
        await using var db = _database.NewContext();
        var partners = await db.Partners.ToListAsync();
        var reps = await db.SalesReps.ToListAsync();
        var teams = await db.Teams.ToListAsync();
        var customers = await db.Customers.ToListAsync();
        var products = await db.Products.ToListAsync();

        Assert.Equal(Enum.GetValues<PartnerTier>(), partners.Select(p => p.Tier).Distinct().Order());
        Assert.Equal(Enum.GetValues<PartnerType>(), partners.Select(p => p.PartnerType).Distinct().Order());
        Assert.All(reps, r => Assert.InRange(r.BaseSalary, 7_000m, 26_000m));
        Assert.All(teams, t => Assert.Equal(t.Id, reps.Single(r => r.Id == t.ManagerRepId).TeamId));
        Assert.Equal(Enum.GetValues<CustomerType>(), customers.Select(c => c.CustomerType).Distinct().Order());
        Assert.All(customers.Where(c => c.IdNumber is not null), c => Assert.True(ChineseIdNumberAttribute.IsValidNumber(c.IdNumber!), c.IdNumber));
        Assert.All(products, p => Assert.True(p.UnitCost < p.ListPrice, p.Sku));
        Assert.Contains(await db.Regions.Select(r => r.Name).ToListAsync(), n => n == "上海");
    }

    [Fact]
    public async Task Inventory_FollowsEachFormatsAssortment()
    {
        await using var db = _database.NewContext();
        var positions = await db.InventoryPositions.ToListAsync();
        var stores = await db.Stores.ToListAsync();
        int Carried(StoreFormat format) => positions.Count(p => p.LocationCode == stores.First(s => s.Format == format && s.Status == StoreStatus.Open).Code);

        Assert.All(positions, p => Assert.InRange(p.Reserved, 0m, p.OnHand));
        Assert.Equal(40, Carried(StoreFormat.Flagship));
        Assert.True(Carried(StoreFormat.Convenience) < Carried(StoreFormat.Standard));
        Assert.DoesNotContain(positions, p => stores.Any(s => s.Code == p.LocationCode && s.Status != StoreStatus.Open));
        Assert.Equal(Enum.GetValues<LocationType>(), positions.Select(p => p.LocationType).Distinct().Order());
    }

    [Fact]
    public async Task SeededOrders_PassTheReferenceCheck()
    {
        await using var db = _database.NewContext();
        var ids = await db.Orders.OrderBy(o => o.Number).Select(o => o.Id).Take(40).ToListAsync();
        var store = new OrderStore(db, _database.Options);
        var step = new ReferenceCheckStep(db);

        foreach (var id in ids)
        {
            var order = await store.RetrieveAsync(id, default);
            await step.ExecuteAsync(Contexts.For(PipelineMessages.Update, order!), default);
        }
    }

    [Fact]
    public async Task Seed_IsSkippedWhenTheTenantHasData()
    {
        await SeedAsync(_database, Now.AddDays(3));

        await using var db = _database.NewContext();
        Assert.Equal(31, await db.Regions.CountAsync());
        Assert.Equal(300, await db.Customers.CountAsync());
    }

    [Fact]
    public void Build_IsDeterministicForASeed_AndDiffersForAnother()
    {
        var first = CoreDemoSeeder.Build(new CoreSettings(), Now);
        var second = CoreDemoSeeder.Build(new CoreSettings(), Now);
        var other = CoreDemoSeeder.Build(new CoreSettings { DemoRandomSeed = 11 }, Now);

        Assert.Equal(first.Orders.Select(o => (o.Id, o.Number, o.TotalAmount)), second.Orders.Select(o => (o.Id, o.Number, o.TotalAmount)));
        Assert.Equal(first.Customers.Select(c => c.Name), second.Customers.Select(c => c.Name));
        Assert.NotEqual(first.Orders.Select(o => o.TotalAmount), other.Orders.Select(o => o.TotalAmount));
    }

    [Fact]
    public void Build_EarlyOnTheFirstOfTheMonth_StillCoversTwelveMonths()
    {
        var justAfterMidnight = new DateTimeOffset(2025, 12, 1, 0, 30, 0, China);

        var data = CoreDemoSeeder.Build(new CoreSettings(), justAfterMidnight);

        var months = data.Orders.Select(o => o.OrderedAt.ToOffset(China)).Select(t => (t.Year, t.Month)).Distinct().Order().ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal((2025, 12), months[^1]);
        Assert.All(data.Orders, o => Assert.True(o.OrderedAt <= justAfterMidnight));
    }

    [Fact]
    public void Build_FollowsTheVolumeSettings()
    {
        var data = CoreDemoSeeder.Build(new CoreSettings { DemoCustomerCount = 50, DemoOrdersPerMonth = 20, DemoMonths = 3 }, Now);

        Assert.Equal(50, data.Customers.Count);
        Assert.Equal(3, data.Orders.Select(o => o.OrderedAt.ToOffset(China).Month).Distinct().Count());
        Assert.InRange(data.Orders.Count, 40, 75);
    }
}
