using Microsoft.EntityFrameworkCore;
using Platform.Modules.Core.Model;
using Platform.Modules.Core.Settings;
using Platform.Modules.Core.Tests.Support;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core.Tests;

/// <summary>Orders with their lines: round trip, computed amounts, line replacement.</summary>
public sealed class OrderStoreTests
{
    private static Task<Entity?> ReadAsync(TestDatabase database, Guid id) =>
        database.WithStoreAsync(CoreEntities.Order, s => s.RetrieveAsync(id, default).AsTask());

    private static List<Entity> LinesOf(Entity? order) => Assert.IsType<List<Entity>>(order?["lines"]);

    [Fact]
    public async Task Create_ThenRetrieve_ReturnsTheLinesAsChildEntities_WithComputedAmounts()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var order = Samples.Order(b, "SO-1", (b.Product, 2, 5499m, 4999.99m), (b.Product, 3, 299m, 249.5m));

        await database.WithStoreAsync(CoreEntities.Order, s => s.CreateAsync(order, default).AsTask());
        var read = await ReadAsync(database, order.Id);

        var lines = LinesOf(read);
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal(CoreEntities.OrderLine, l.LogicalName));
        Assert.Equal([1, 2], lines.Select(l => (int)l["lineNumber"]!));
        Assert.Equal([9999.98m, 748.5m], lines.Select(l => (decimal)l["lineAmount"]!));
        Assert.Equal([5499m, 299m], lines.Select(l => (decimal)l["listPrice"]!));
        Assert.All(lines, l => Assert.Equal(order.Id, l["orderId"]));
        Assert.Equal(10748.48m, read!["totalAmount"]);
    }

    [Theory]
    [InlineData(MoneyRoundingRule.AwayFromZero, 2, 0.13)]
    [InlineData(MoneyRoundingRule.ToEven, 2, 0.12)]
    [InlineData(MoneyRoundingRule.AwayFromZero, 0, 0)]
    public async Task LineAmount_IsRoundedByTheTenantsMoneySettings(MoneyRoundingRule rule, int decimals, double expected)
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        database.Settings.MoneyRounding = rule;
        database.Settings.MoneyDecimals = decimals;
        var order = Samples.Order(b, "SO-R", (b.Product, 1, 1m, 0.125m));

        await database.WithStoreAsync(CoreEntities.Order, s => s.CreateAsync(order, default).AsTask());
        var read = await ReadAsync(database, order.Id);

        Assert.Equal((decimal)expected, LinesOf(read)[0]["lineAmount"]);
        Assert.Equal((decimal)expected, read!["totalAmount"]);
    }

    [Fact]
    public async Task Update_WithLines_ReplacesAllLines_AndRecomputesTheTotal()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var order = Samples.Order(b, "SO-2", (b.Product, 1, 100m, 90m), (b.Product, 2, 100m, 80m), (b.Product, 3, 100m, 70m));
        await database.WithStoreAsync(CoreEntities.Order, s => s.CreateAsync(order, default).AsTask());
        var oldLineIds = LinesOf(await ReadAsync(database, order.Id)).Select(l => l.Id).ToList();

        var change = new Entity(CoreEntities.Order, order.Id) { ["lines"] = Samples.Lines((b.Product, 5, 100m, 60m)) };
        await database.WithStoreAsync(CoreEntities.Order, s => s.UpdateAsync(change, default).AsTask());

        var read = await ReadAsync(database, order.Id);
        var line = Assert.Single(LinesOf(read));
        Assert.Equal(5, line["quantity"]);
        Assert.Equal(1, line["lineNumber"]);
        Assert.DoesNotContain(line.Id, oldLineIds);
        Assert.Equal(300m, read!["totalAmount"]);
        await using var db = database.NewContext();
        Assert.Equal(1, await db.OrderLines.CountAsync());
    }

    [Fact]
    public async Task Update_WithoutLines_KeepsLinesAndTotal()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var order = Samples.Order(b, "SO-3", (b.Product, 2, 100m, 90m), (b.Product, 1, 50m, 50m));
        await database.WithStoreAsync(CoreEntities.Order, s => s.CreateAsync(order, default).AsTask());

        await database.WithStoreAsync(CoreEntities.Order, s => s.UpdateAsync(new Entity(CoreEntities.Order, order.Id) { ["status"] = OrderStatus.Completed }, default).AsTask());

        var read = await ReadAsync(database, order.Id);
        Assert.Equal(OrderStatus.Completed, read!["status"]);
        Assert.Equal(2, LinesOf(read).Count);
        Assert.Equal(230m, read["totalAmount"]);
    }

    [Fact]
    public async Task ComputedAttributes_SentByACaller_AreIgnored()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var order = Samples.Order(b, "SO-4", (b.Product, 2, 100m, 90m));
        order["totalAmount"] = 1m;
        ((List<Entity>)order["lines"]!)[0]["lineAmount"] = 1m;

        await database.WithStoreAsync(CoreEntities.Order, s => s.CreateAsync(order, default).AsTask());
        await database.WithStoreAsync(CoreEntities.Order, s => s.UpdateAsync(new Entity(CoreEntities.Order, order.Id) { ["totalAmount"] = 5m }, default).AsTask());

        var read = await ReadAsync(database, order.Id);
        Assert.Equal(180m, read!["totalAmount"]);
        Assert.Equal(180m, LinesOf(read)[0]["lineAmount"]);
    }

    [Fact]
    public async Task Create_WithoutLines_OrWithBadLines_NamesEachField()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var noLines = Samples.Order(b, "SO-5");
        noLines.Attributes.Remove("lines");
        var emptyLines = Samples.Order(b, "SO-6");
        emptyLines["lines"] = new List<Entity>();
        var badLines = Samples.Order(b, "SO-7", (b.Product, 0, 100m, 90m), (Guid.Empty, 1, -1m, 90m));
        ((List<Entity>)badLines["lines"]!)[1]["discount"] = 0.1m;

        var e1 = await Assert.ThrowsAsync<InvalidPluginExecutionException>(() => database.WithStoreAsync(CoreEntities.Order, s => s.CreateAsync(noLines, default).AsTask()));
        var e2 = await Assert.ThrowsAsync<InvalidPluginExecutionException>(() => database.WithStoreAsync(CoreEntities.Order, s => s.CreateAsync(emptyLines, default).AsTask()));
        var e3 = await Assert.ThrowsAsync<InvalidPluginExecutionException>(() => database.WithStoreAsync(CoreEntities.Order, s => s.CreateAsync(badLines, default).AsTask()));

        Assert.Equal(["lines"], e1.Errors.Keys);
        Assert.Equal(["lines"], e2.Errors.Keys);
        Assert.Equal(
            ["lines[0].quantity", "lines[1].discount", "lines[1].listPrice", "lines[1].productId"],
            e3.Errors.Keys.Order(StringComparer.Ordinal));
        await using var db = database.NewContext();
        Assert.Equal(0, await db.Orders.CountAsync());
    }

    [Fact]
    public async Task Query_ReturnsLinesWithEachOrder_AndFiltersByTotal()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        await database.WithStoreAsync(CoreEntities.Order, s => s.CreateAsync(Samples.Order(b, "SO-S", (b.Product, 1, 100m, 90m)), default).AsTask());
        await database.WithStoreAsync(CoreEntities.Order, s => s.CreateAsync(Samples.Order(b, "SO-L", (b.Product, 10, 100m, 90m), (b.Product, 1, 5m, 5m)), default).AsTask());

        var result = await database.WithStoreAsync(CoreEntities.Order, s => s.QueryAsync(new QueryRequest(CoreEntities.Order)
        {
            Filters = [new QueryFilter("totalAmount", FilterOperator.Gt, "100")],
        }, default).AsTask());

        var order = Assert.Single(result.Items);
        Assert.Equal("SO-L", order["number"]);
        Assert.Equal(2, LinesOf(order).Count);
    }

    [Fact]
    public async Task Delete_RemovesTheLinesToo()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var order = Samples.Order(b, "SO-D", (b.Product, 1, 100m, 90m), (b.Product, 1, 100m, 90m));
        await database.WithStoreAsync(CoreEntities.Order, s => s.CreateAsync(order, default).AsTask());

        await database.WithStoreAsync(CoreEntities.Order, s => s.DeleteAsync(order.Id, default).AsTask());

        await using var db = database.NewContext();
        Assert.Equal(0, await db.OrderLines.CountAsync());
    }
}
