using Platform.Modules.Core.Model;
using Platform.Modules.Core.Tests.Support;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core.Tests;

/// <summary>Filters, sorting and paging through the stores, on SQLite (decimals and times are converted by the model).</summary>
public sealed class QueryTests
{
    private static readonly decimal[] Prices = [9.5m, 100m, 1999m, 25m, 250.25m, 5499m];

    private static async Task<TestDatabase> WithProductsAsync()
    {
        var database = await TestDatabase.CreateAsync();
        for (var i = 0; i < Prices.Length; i++)
        {
            var product = Samples.Product($"SKU-{i}", Prices[i]);
            product["productLine"] = i % 2 == 0 ? "智能手机" : "智能家居";
            product["active"] = i != 3;
            await database.WithStoreAsync(CoreEntities.Product, s => s.CreateAsync(product, default).AsTask());
        }
        return database;
    }

    private static Task<QueryResult> QueryAsync(TestDatabase database, string entity, QueryRequest query) =>
        database.WithStoreAsync(entity, s => s.QueryAsync(query, default).AsTask());

    [Fact]
    public async Task Sort_ByDecimal_IsNumeric_NotTextual()
    {
        await using var database = await WithProductsAsync();

        var ascending = await QueryAsync(database, CoreEntities.Product, new QueryRequest(CoreEntities.Product) { Sorts = [new QuerySort("listPrice")] });
        var descending = await QueryAsync(database, CoreEntities.Product, new QueryRequest(CoreEntities.Product) { Sorts = [new QuerySort("listPrice", Descending: true)] });

        Assert.Equal(Prices.Order(), ascending.Items.Select(p => (decimal)p["listPrice"]!));
        Assert.Equal(Prices.OrderDescending(), descending.Items.Select(p => (decimal)p["listPrice"]!));
    }

    [Fact]
    public async Task Filter_ByDecimalRange_AndText_AndBoolean_CombinesConditions()
    {
        await using var database = await WithProductsAsync();

        var result = await QueryAsync(database, CoreEntities.Product, new QueryRequest(CoreEntities.Product)
        {
            Filters =
            [
                new QueryFilter("listPrice", FilterOperator.Ge, "25"),
                new QueryFilter("listPrice", FilterOperator.Lt, "2000.5"),
                new QueryFilter("active", FilterOperator.Eq, "true"),
            ],
            Sorts = [new QuerySort("listPrice")],
        });

        Assert.Equal([100m, 250.25m, 1999m], result.Items.Select(p => (decimal)p["listPrice"]!));
        Assert.Equal(3, result.TotalCount);
    }

    [Fact]
    public async Task Filter_Contains_MatchesPartOfATextAttribute()
    {
        await using var database = await WithProductsAsync();

        var result = await QueryAsync(database, CoreEntities.Product, new QueryRequest(CoreEntities.Product)
        {
            Filters = [new QueryFilter("productLine", FilterOperator.Contains, "家居")],
        });

        Assert.Equal(3, result.TotalCount);
        Assert.All(result.Items, p => Assert.Equal("智能家居", p["productLine"]));
    }

    [Fact]
    public async Task Filter_In_MatchesAnyOfTheListedValues_ForIdsAndDecimals()
    {
        await using var database = await WithProductsAsync();
        var all = await QueryAsync(database, CoreEntities.Product, new QueryRequest(CoreEntities.Product) { Sorts = [new QuerySort("listPrice")] });
        var wanted = new[] { all.Items[0].Id, all.Items[4].Id };

        var byId = await QueryAsync(database, CoreEntities.Product, new QueryRequest(CoreEntities.Product)
        {
            Filters = [new QueryFilter("id", FilterOperator.In, string.Join(",", wanted))],
        });
        var byPrice = await QueryAsync(database, CoreEntities.Product, new QueryRequest(CoreEntities.Product)
        {
            Filters = [new QueryFilter("listPrice", FilterOperator.In, "25, 5499,7")],
        });

        Assert.Equal(wanted.Order(), byId.Items.Select(p => p.Id).Order());
        Assert.Equal([25m, 5499m], byPrice.Items.Select(p => (decimal)p["listPrice"]!).Order());
    }

    [Fact]
    public async Task Filter_In_WithAValueOfTheWrongType_IsAFieldError()
    {
        await using var database = await WithProductsAsync();

        var error = await Assert.ThrowsAsync<InvalidPluginExecutionException>(() => QueryAsync(database, CoreEntities.Product,
            new QueryRequest(CoreEntities.Product) { Filters = [new QueryFilter("id", FilterOperator.In, "not-a-guid")] }));

        Assert.Contains("filter.id", error.Errors.Keys);
    }

    [Fact]
    public async Task Paging_ReturnsTheRequestedSlice_AndTheTotalOverAllPages()
    {
        await using var database = await WithProductsAsync();

        var page2 = await QueryAsync(database, CoreEntities.Product, new QueryRequest(CoreEntities.Product)
        {
            Sorts = [new QuerySort("sku")],
            Page = 2,
            PageSize = 4,
        });

        Assert.Equal(6, page2.TotalCount);
        Assert.Equal(["SKU-4", "SKU-5"], page2.Items.Select(p => (string)p["sku"]!));
        Assert.Equal(2, page2.Page);
        Assert.Equal(4, page2.PageSize);
    }

    [Fact]
    public async Task Filter_ByEnum_AcceptsTheName()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var flagship = Samples.Store(b, "ST-HZ-09");
        flagship["format"] = StoreFormat.Flagship;
        flagship["areaSqm"] = 320m;
        await database.WithStoreAsync(CoreEntities.Store, s => s.CreateAsync(flagship, default).AsTask());

        var result = await QueryAsync(database, CoreEntities.Store, new QueryRequest(CoreEntities.Store)
        {
            Filters = [new QueryFilter("format", FilterOperator.Eq, "Flagship")],
        });

        Assert.Equal("ST-HZ-09", Assert.Single(result.Items)["code"]);
    }

    [Fact]
    public async Task Sort_AndFilter_ByTime_FollowTheInstant_WhateverTheOffset()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        // 07:00 in Beijing on 1 January is 23:00 UTC on 31 December: earlier than midnight UTC on 1 January.
        var times = new Dictionary<string, DateTimeOffset>
        {
            ["SO-B"] = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
            ["SO-A"] = new(2025, 1, 1, 7, 0, 0, TimeSpan.FromHours(8)),
            ["SO-C"] = new(2025, 1, 1, 1, 0, 0, TimeSpan.FromHours(-5)),
        };
        foreach (var (number, orderedAt) in times)
        {
            var order = Samples.Order(b, number);
            order["orderedAt"] = orderedAt;
            await database.WithStoreAsync(CoreEntities.Order, s => s.CreateAsync(order, default).AsTask());
        }

        var sorted = await QueryAsync(database, CoreEntities.Order, new QueryRequest(CoreEntities.Order) { Sorts = [new QuerySort("orderedAt")] });
        var afterBeijingMorning = await QueryAsync(database, CoreEntities.Order, new QueryRequest(CoreEntities.Order)
        {
            Filters = [new QueryFilter("orderedAt", FilterOperator.Gt, "2025-01-01T07:00:00+08:00")],
            Sorts = [new QuerySort("orderedAt", Descending: true)],
        });

        Assert.Equal(["SO-A", "SO-B", "SO-C"], sorted.Items.Select(o => (string)o["number"]!));
        Assert.Equal(["SO-C", "SO-B"], afterBeijingMorning.Items.Select(o => (string)o["number"]!));
    }

    [Fact]
    public async Task Filter_ByDateOnly_AndGuid_Work()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        await database.WithStoreAsync(CoreEntities.Store, s => s.CreateAsync(Samples.Store(b), default).AsTask());

        var opened2022OrLater = await QueryAsync(database, CoreEntities.Store, new QueryRequest(CoreEntities.Store)
        {
            Filters = [new QueryFilter("openedOn", FilterOperator.Ge, "2022-01-01"), new QueryFilter("regionId", FilterOperator.Eq, b.City.ToString())],
        });

        Assert.Equal("ST-HZ-02", Assert.Single(opened2022OrLater.Items)["code"]);
    }

    [Fact]
    public async Task Query_WithUnknownAttributes_NamesTheFields()
    {
        await using var database = await TestDatabase.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidPluginExecutionException>(() => QueryAsync(database, CoreEntities.Customer,
            new QueryRequest(CoreEntities.Customer) { Filters = [new QueryFilter("shoeSize", FilterOperator.Eq, "42")], Sorts = [new QuerySort("mood")] }));

        Assert.Contains("filter.shoeSize", error.Errors.Keys);
        Assert.Contains("sort", error.Errors.Keys);
    }
}
