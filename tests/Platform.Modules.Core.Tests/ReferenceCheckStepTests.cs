using Microsoft.EntityFrameworkCore;
using Platform.Modules.Core.Model;
using Platform.Modules.Core.Stores;
using Platform.Modules.Core.Steps;
using Platform.Modules.Core.Tests.Support;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core.Tests;

/// <summary>
/// The PreOperation reference and uniqueness check, run directly with a substituted pipeline context; for
/// orders, the database's refusal and the order store's explanation of it (ADR 0013).
/// </summary>
public sealed class ReferenceCheckStepTests
{
    private static async Task<InvalidPluginExecutionException?> RunAsync(TestDatabase database, string message, Entity target)
    {
        await using var db = database.NewContext();
        var step = new ReferenceCheckStep(db);
        try
        {
            await step.ExecuteAsync(Contexts.For(message, target), default);
            return null;
        }
        catch (InvalidPluginExecutionException e)
        {
            return e;
        }
    }

    private static async Task CreateAsync(TestDatabase database, Entity entity) =>
        await database.WithStoreAsync(entity.LogicalName, s => s.CreateAsync(entity, default).AsTask());

    [Fact]
    public async Task ValidTargets_OfEveryEntity_Pass()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        Entity[] targets =
        [
            Samples.Customer(b), Samples.Product(), Samples.Region(b), Samples.Store(b), Samples.Partner(b),
            Samples.Team(b), Samples.SalesRep(b), Samples.Order(b), Samples.Inventory(b),
        ];

        foreach (var target in targets)
        {
            Assert.Null(await RunAsync(database, PipelineMessages.Create, target));
        }
    }

    /// <summary>
    /// Tries to create the order through its store: the database must refuse it, and the store's explanation
    /// after the refusal must name the fields. Returns the explanation.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, string[]>?> RefusedAndExplainedAsync(TestDatabase database, Entity order)
    {
        await using var db = database.NewContext();
        var store = new OrderStore(db, database.Options);
        await Assert.ThrowsAsync<DbUpdateException>(() => store.CreateAsync(order, default).AsTask());
        db.ChangeTracker.Clear();
        return await store.ExplainRefusalAsync(order, creating: true, default);
    }

    [Fact]
    public async Task Order_WithMissingReferences_PassesTheStep_IsRefusedByTheDatabase_AndTheStoreNamesEachField()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var order = Samples.Order(b, "SO-X", (b.Product, 1, 1m, 1m), (Guid.NewGuid(), 1, 1m, 1m), (b.InactiveProduct, 1, 1m, 1m));
        order["customerId"] = Guid.NewGuid();
        order["repId"] = Guid.NewGuid();
        order["partnerId"] = Guid.NewGuid();

        Assert.Null(await RunAsync(database, PipelineMessages.Create, order));
        var errors = await RefusedAndExplainedAsync(database, order);

        Assert.NotNull(errors);
        Assert.Equal(
            ["customerId", "lines[1].productId", "lines[2].productId", "partnerId", "repId"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("inactive", errors["lines[2].productId"][0], StringComparison.Ordinal);
        Assert.Equal(0L, await database.ScalarAsync("SELECT COUNT(*) FROM core_orders"));
    }

    public static TheoryData<string> OrderDefects => ["customerId", "storeId", "partnerId", "repId", "lines[0].productId", "inactive", "number"];

    [Theory]
    [MemberData(nameof(OrderDefects))]
    public async Task Order_EachDefect_AloneIsRefusedByTheDatabase_AndNamedByTheStore(string defect)
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        await CreateAsync(database, Samples.Order(b, "SO-1"));
        var order = Samples.Order(b, defect == "number" ? "SO-1" : "SO-2", defect switch
        {
            "lines[0].productId" => (Guid.NewGuid(), 1, 1m, 1m),
            "inactive" => (b.InactiveProduct, 1, 1m, 1m),
            _ => (b.Product, 1, 1m, 1m),
        });
        if (defect is "customerId" or "storeId" or "partnerId" or "repId")
        {
            order[defect] = Guid.NewGuid();
        }

        var errors = await RefusedAndExplainedAsync(database, order);

        Assert.Equal([defect == "inactive" ? "lines[0].productId" : defect], errors?.Keys);
        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM core_orders"));
    }

    [Fact]
    public async Task Order_DeactivatingAProduct_KeepsItsOrders_ButNoNewLineMayUseIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        await CreateAsync(database, Samples.Order(b, "SO-1"));

        await database.WithStoreAsync(CoreEntities.Product, s => s.UpdateAsync(new Entity(CoreEntities.Product, b.Product) { ["active"] = false }, default).AsTask());
        var errors = await RefusedAndExplainedAsync(database, Samples.Order(b, "SO-2"));

        Assert.Equal(["lines[0].productId"], errors?.Keys);
        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM core_order_lines"));
    }

    [Fact]
    public async Task Order_StoreChannelWithoutStore_AndPartnerChannelWithoutPartner_AreRefused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var storeOrder = Samples.Order(b, "SO-S");
        storeOrder["channel"] = SalesChannel.Store;
        var partnerOrder = Samples.Order(b, "SO-P");
        partnerOrder["channel"] = SalesChannel.Partner;

        Assert.Equal(["storeId"], (await RunAsync(database, PipelineMessages.Create, storeOrder))?.Errors.Keys);
        Assert.Equal(["partnerId"], (await RunAsync(database, PipelineMessages.Create, partnerOrder))?.Errors.Keys);
    }

    [Fact]
    public async Task Order_UpdateToStoreChannel_UsesTheStoredStoreId()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var withStore = Samples.Order(b, "SO-1");
        withStore["storeId"] = b.Store;
        var withoutStore = Samples.Order(b, "SO-2");
        await CreateAsync(database, withStore);
        await CreateAsync(database, withoutStore);

        var ok = await RunAsync(database, PipelineMessages.Update, new Entity(CoreEntities.Order, withStore.Id) { ["channel"] = SalesChannel.Store });
        var refused = await RunAsync(database, PipelineMessages.Update, new Entity(CoreEntities.Order, withoutStore.Id) { ["channel"] = SalesChannel.Store });

        Assert.Null(ok);
        Assert.Equal(["storeId"], refused?.Errors.Keys);
    }

    [Fact]
    public async Task DuplicateBusinessCodes_AreRefused_ButARecordMayKeepItsOwn()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var rep = Samples.SalesRep(b, "E200");
        await CreateAsync(database, rep);

        var duplicates = new[]
        {
            (Samples.Customer(b, "CUS-1"), "code"),
            (Samples.Product("SP-1"), "sku"),
            (Samples.Region(b, "HANGZHOU"), "code"),
            (Samples.Store(b, b.StoreCode), "code"),
            (Samples.Partner(b, "PTN-1"), "code"),
            (Samples.Team(b, "T-EAST"), "code"),
            (Samples.SalesRep(b, "E1"), "employeeNo"),
        };
        foreach (var (target, field) in duplicates)
        {
            var error = await RunAsync(database, PipelineMessages.Create, target);
            Assert.Equal([field], error?.Errors.Keys);
        }
        Assert.Null(await RunAsync(database, PipelineMessages.Update, new Entity(CoreEntities.SalesRep, rep.Id) { ["employeeNo"] = "E200" }));
        Assert.Equal(["employeeNo"], (await RunAsync(database, PipelineMessages.Update, new Entity(CoreEntities.SalesRep, rep.Id) { ["employeeNo"] = "E1" }))?.Errors.Keys);
    }

    [Fact]
    public async Task StoreAndCustomer_MustBeInACity()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var store = Samples.Store(b);
        store["regionId"] = b.Province;
        var customer = Samples.Customer(b);
        customer["regionId"] = Guid.NewGuid();

        var storeError = await RunAsync(database, PipelineMessages.Create, store);
        var customerError = await RunAsync(database, PipelineMessages.Create, customer);

        Assert.Equal(["regionId"], storeError?.Errors.Keys);
        Assert.Contains("Province", storeError!.Errors["regionId"][0], StringComparison.Ordinal);
        Assert.Equal(["regionId"], customerError?.Errors.Keys);
    }

    [Fact]
    public async Task SalesRep_Team_AndTeam_Manager_MustExist()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var rep = Samples.SalesRep(b);
        rep["teamId"] = Guid.NewGuid();
        var team = Samples.Team(b);
        team["managerRepId"] = Guid.NewGuid();
        team["regionId"] = Guid.NewGuid();

        Assert.Equal(["teamId"], (await RunAsync(database, PipelineMessages.Create, rep))?.Errors.Keys);
        Assert.Equal(["managerRepId", "regionId"], (await RunAsync(database, PipelineMessages.Create, team))?.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Region_ParentMustBeOfAHigherLevel()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var underCity = Samples.Region(b, "XIHU");
        underCity["parentId"] = b.City;
        var nationalWithParent = Samples.Region(b, "CN2");
        nationalWithParent["level"] = RegionLevel.National;
        nationalWithParent["parentId"] = b.Region;

        Assert.Equal(["parentId"], (await RunAsync(database, PipelineMessages.Create, underCity))?.Errors.Keys);
        Assert.Equal(["parentId"], (await RunAsync(database, PipelineMessages.Create, nationalWithParent))?.Errors.Keys);
        Assert.Equal(["parentId"], (await RunAsync(database, PipelineMessages.Update,
            new Entity(CoreEntities.Region, b.Province) { ["parentId"] = b.City }))?.Errors.Keys);
        Assert.Null(await RunAsync(database, PipelineMessages.Update, new Entity(CoreEntities.Region, b.Province) { ["parentId"] = b.National }));
    }

    [Fact]
    public async Task Inventory_OnePositionPerProductAndLocation_AndStoreLocationsAreStoreCodes()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        await CreateAsync(database, Samples.Inventory(b, "WH-SHANGHAI"));
        var duplicate = Samples.Inventory(b, "WH-SHANGHAI");
        var unknownStore = Samples.Inventory(b, "ST-NOWHERE");
        unknownStore["locationType"] = LocationType.Store;
        var knownStore = Samples.Inventory(b, b.StoreCode);
        knownStore["locationType"] = LocationType.Store;
        var missingProduct = Samples.Inventory(b, "WH-BEIJING");
        missingProduct["productId"] = Guid.NewGuid();

        Assert.Equal(["locationCode"], (await RunAsync(database, PipelineMessages.Create, duplicate))?.Errors.Keys);
        Assert.Equal(["locationCode"], (await RunAsync(database, PipelineMessages.Create, unknownStore))?.Errors.Keys);
        Assert.Null(await RunAsync(database, PipelineMessages.Create, knownStore));
        Assert.Equal(["productId"], (await RunAsync(database, PipelineMessages.Create, missingProduct))?.Errors.Keys);
    }

    [Fact]
    public async Task EntitiesOfOtherModules_AreIgnored()
    {
        await using var database = await TestDatabase.CreateAsync();
        var foreign = new Entity("pricelist", Guid.NewGuid()) { ["customerId"] = Guid.NewGuid(), ["code"] = "X" };

        Assert.Null(await RunAsync(database, PipelineMessages.Create, foreign));
    }

    [Fact]
    public async Task Update_WithoutReferenceAttributes_Passes()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);

        Assert.Null(await RunAsync(database, PipelineMessages.Update, new Entity(CoreEntities.Order, Guid.NewGuid()) { ["status"] = OrderStatus.Completed }));
        Assert.Null(await RunAsync(database, PipelineMessages.Update, new Entity(CoreEntities.Customer, b.Customer) { ["name"] = "新名字" }));
    }
}
