using Platform.Modules.Core.Model;
using Platform.Modules.Core.Tests.Support;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core.Tests;

/// <summary>Create, retrieve, update and delete through each Core store against SQLite.</summary>
public sealed class EntityStoreTests
{
    /// <summary>Per entity: a valid sample, an attribute to change and its new value.</summary>
    private static readonly Dictionary<string, (Func<Basics, Entity> Sample, string Attribute, object NewValue)> Cases = new()
    {
        [CoreEntities.Customer] = (b => Samples.Customer(b), "size", CustomerSize.Large),
        [CoreEntities.Product] = (_ => Samples.Product(), "listPrice", 4999.5m),
        [CoreEntities.Region] = (b => Samples.Region(b), "purchasingPowerIndex", 1.3125m),
        [CoreEntities.Store] = (b => Samples.Store(b), "openedOn", new DateOnly(2024, 1, 15)),
        [CoreEntities.Partner] = (b => Samples.Partner(b), "tier", PartnerTier.Platinum),
        [CoreEntities.Team] = (b => Samples.Team(b), "name", "华东三部"),
        [CoreEntities.SalesRep] = (b => Samples.SalesRep(b), "baseSalary", 10500m),
        [CoreEntities.Order] = (b => Samples.Order(b), "status", OrderStatus.Completed),
        [CoreEntities.InventoryPosition] = (b => Samples.Inventory(b), "asOf", new DateTimeOffset(2025, 7, 1, 8, 0, 0, TimeSpan.FromHours(8))),
    };

    public static TheoryData<string> EntityNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(EntityNames))]
    public async Task Create_ThenRetrieve_ReturnsEveryAttributeAsWritten(string entityName)
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var entity = Cases[entityName].Sample(b);

        await database.WithStoreAsync(entityName, s => s.CreateAsync(entity, default).AsTask());
        var read = await database.WithStoreAsync(entityName, s => s.RetrieveAsync(entity.Id, default).AsTask());

        Assert.NotNull(read);
        Assert.Equal(entityName, read.LogicalName);
        foreach (var (name, value) in entity.Attributes.Where(a => a.Key != "lines"))
        {
            Assert.True(read.Contains(name), $"{entityName} lost attribute {name}.");
            Assert.Equal(value, read[name]);
        }
    }

    [Theory]
    [MemberData(nameof(EntityNames))]
    public async Task Update_ChangesOnlyTheAttributesSent(string entityName)
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var (sample, attribute, newValue) = Cases[entityName];
        var entity = sample(b);
        await database.WithStoreAsync(entityName, s => s.CreateAsync(entity, default).AsTask());

        var change = new Entity(entityName, entity.Id) { [attribute] = newValue };
        await database.WithStoreAsync(entityName, s => s.UpdateAsync(change, default).AsTask());
        var read = await database.WithStoreAsync(entityName, s => s.RetrieveAsync(entity.Id, default).AsTask());

        Assert.NotNull(read);
        Assert.Equal(newValue, read[attribute]);
        foreach (var (name, value) in entity.Attributes.Where(a => a.Key != attribute && a.Key != "lines"))
        {
            Assert.Equal(value, read[name]);
        }
    }

    [Theory]
    [MemberData(nameof(EntityNames))]
    public async Task Delete_RemovesTheRecord_AndASecondDeleteIsNotFound(string entityName)
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var entity = Cases[entityName].Sample(b);
        await database.WithStoreAsync(entityName, s => s.CreateAsync(entity, default).AsTask());

        await database.WithStoreAsync(entityName, s => s.DeleteAsync(entity.Id, default).AsTask());

        Assert.Null(await database.WithStoreAsync(entityName, s => s.RetrieveAsync(entity.Id, default).AsTask()));
        var missing = await Assert.ThrowsAsync<EntityNotFoundException>(
            () => database.WithStoreAsync(entityName, s => s.DeleteAsync(entity.Id, default).AsTask()));
        Assert.Equal(entity.Id, missing.Id);
    }

    [Theory]
    [MemberData(nameof(EntityNames))]
    public async Task Update_OfAMissingRecord_IsNotFound(string entityName)
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, attribute, newValue) = Cases[entityName];

        await Assert.ThrowsAsync<EntityNotFoundException>(() => database.WithStoreAsync(
            entityName, s => s.UpdateAsync(new Entity(entityName, Guid.NewGuid()) { [attribute] = newValue }, default).AsTask()));
    }

    [Fact]
    public async Task Create_WithAnUnknownAttributeOrWrongType_NamesEachField()
    {
        await using var database = await TestDatabase.CreateAsync();
        var product = Samples.Product();
        product["colour"] = "red";
        product["listPrice"] = "cheap";

        var error = await Assert.ThrowsAsync<InvalidPluginExecutionException>(
            () => database.WithStoreAsync(CoreEntities.Product, s => s.CreateAsync(product, default).AsTask()));

        Assert.Contains("colour", error.Errors.Keys);
        Assert.Contains("listPrice", error.Errors.Keys);
    }

    [Fact]
    public async Task Create_WithoutCurrency_UsesTheTenantsDefaultCurrency()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        database.Settings.DefaultCurrency = "HKD";
        var product = Samples.Product();
        product.Attributes.Remove("currency");
        var rep = Samples.SalesRep(b);
        rep["currency"] = null;

        await database.WithStoreAsync(CoreEntities.Product, s => s.CreateAsync(product, default).AsTask());
        await database.WithStoreAsync(CoreEntities.SalesRep, s => s.CreateAsync(rep, default).AsTask());

        Assert.Equal("HKD", (await database.WithStoreAsync(CoreEntities.Product, s => s.RetrieveAsync(product.Id, default).AsTask()))!["currency"]);
        Assert.Equal("HKD", (await database.WithStoreAsync(CoreEntities.SalesRep, s => s.RetrieveAsync(rep.Id, default).AsTask()))!["currency"]);
    }

    [Fact]
    public async Task Create_Customer_StampsCreatedAtFromTheClock_WhenNoneIsGiven()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var now = new DateTimeOffset(2025, 3, 8, 9, 15, 0, TimeSpan.Zero);
        var customer = Samples.Customer(b);
        await using (var db = database.NewContext())
        {
            await new Stores.CustomerStore(db, new FixedClock(now)).CreateAsync(customer, default);
        }

        var read = await database.WithStoreAsync(CoreEntities.Customer, s => s.RetrieveAsync(customer.Id, default).AsTask());

        Assert.Equal(now, read!["createdAt"]);
    }

    [Fact]
    public async Task Times_AreStoredInUtc_WhateverOffsetTheCallerUsed()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        var inventory = Samples.Inventory(b);
        inventory["asOf"] = new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.FromHours(8));

        await database.WithStoreAsync(CoreEntities.InventoryPosition, s => s.CreateAsync(inventory, default).AsTask());
        var read = await database.WithStoreAsync(CoreEntities.InventoryPosition, s => s.RetrieveAsync(inventory.Id, default).AsTask());

        var asOf = Assert.IsType<DateTimeOffset>(read!["asOf"]);
        Assert.Equal(TimeSpan.Zero, asOf.Offset);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero), asOf);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks, await database.ScalarAsync("SELECT AsOf FROM core_inventory_positions"));
    }
}
