using Microsoft.EntityFrameworkCore;
using Platform.Modules.Core.Model;
using Platform.Modules.Core.PersonalData;
using Platform.Modules.Core.Tests.Support;
using Platform.Sdk.PersonalData;

namespace Platform.Modules.Core.Tests;

/// <summary>Declared personal fields, export and erasure of one data subject.</summary>
public sealed class PersonalDataTests
{
    private static async Task<(Basics B, Guid Consumer)> AddConsumerAsync(TestDatabase database)
    {
        var b = await Basics.AddAsync(database);
        var consumer = Samples.Customer(b);
        consumer["decisionMaker"] = "张伟";
        await database.WithStoreAsync(CoreEntities.Customer, s => s.CreateAsync(consumer, default).AsTask());
        return (b, consumer.Id);
    }

    [Fact]
    public void Fields_DeclareCustomerRepAndPartnerContactData_WithTheIdNumberSensitive()
    {
        var fields = new CustomerPersonalDataProvider(null!).Fields;

        Assert.Equal(
            ["decisionMaker", "email", "idNumber", "name", "phone"],
            fields.Where(f => f.Entity == CoreEntities.Customer).Select(f => f.Attribute).Order(StringComparer.Ordinal));
        Assert.Equal(["email", "name", "phone"], fields.Where(f => f.Entity == CoreEntities.SalesRep).Select(f => f.Attribute).Order(StringComparer.Ordinal));
        Assert.Equal(["contactEmail", "contactName", "contactPhone"], fields.Where(f => f.Entity == CoreEntities.Partner).Select(f => f.Attribute).Order(StringComparer.Ordinal));
        Assert.Equal([new PersonalField(CoreEntities.Customer, "idNumber", PersonalFields.Identity, true)], fields.Where(f => f.Sensitive));
    }

    [Fact]
    public void Fields_NameRealAttributesOfTheirEntities()
    {
        var rows = new Dictionary<string, Type>
        {
            [CoreEntities.Customer] = typeof(CustomerRow),
            [CoreEntities.SalesRep] = typeof(SalesRepRow),
            [CoreEntities.Partner] = typeof(PartnerRow),
        };

        foreach (var field in PersonalFields.All)
        {
            Assert.True(Sdk.Data.EntityMap.For(rows[field.Entity]).TryGetProperty(field.Attribute, out _), $"{field.Entity}.{field.Attribute} is not an attribute.");
        }
    }

    [Fact]
    public async Task Export_ReturnsTheCustomersPersonalFields_AndOnlyDeclaredOnes()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, consumer) = await AddConsumerAsync(database);
        await using var db = database.NewContext();
        var provider = new CustomerPersonalDataProvider(db);

        var export = await provider.ExportAsync(new DataSubject(CoreEntities.Customer, consumer), default);

        Assert.Equal(CoreModule.Id, export.Module);
        var record = Assert.Single(export.Records);
        Assert.Equal(consumer, record.Id);
        Assert.Equal("张伟", record.Values["name"]);
        Assert.Equal("13812345678", record.Values["phone"]);
        Assert.Equal("user0100@example.cn", record.Values["email"]);
        Assert.Equal("11010519491231002X", record.Values["idNumber"]);
        Assert.Equal("张伟", record.Values["decisionMaker"]);
        var declared = provider.Fields.Where(f => f.Entity == CoreEntities.Customer).Select(f => f.Attribute);
        Assert.Equal(declared.Order(StringComparer.Ordinal), record.Values.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Export_OfRepsAndPartnerContacts_UsesTheirDeclaredFields()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        await using var db = database.NewContext();
        var provider = new CustomerPersonalDataProvider(db);

        var rep = Assert.Single((await provider.ExportAsync(new DataSubject(CoreEntities.SalesRep, b.Rep), default)).Records);
        var partner = Assert.Single((await provider.ExportAsync(new DataSubject(CoreEntities.Partner, b.Partner), default)).Records);

        Assert.Equal("e1@sales.example.cn", rep.Values["email"]);
        Assert.Equal("李娜", partner.Values["contactName"]);
        Assert.Equal(["contactEmail", "contactName", "contactPhone"], partner.Values.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Export_OfAnUnknownSubject_IsEmpty()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var provider = new CustomerPersonalDataProvider(db);

        Assert.Empty((await provider.ExportAsync(new DataSubject(CoreEntities.Customer, Guid.NewGuid()), default)).Records);
        Assert.Empty((await provider.ExportAsync(new DataSubject("pricelist", Guid.NewGuid()), default)).Records);
    }

    [Fact]
    public async Task Erase_AnonymisesTheCustomer_KeepsTheRecord_AndCountsIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (b, consumer) = await AddConsumerAsync(database);
        await database.WithStoreAsync(CoreEntities.Order, s => s.CreateAsync(Samples.Order(b, "SO-1"), default).AsTask());

        int erased;
        await using (var db = database.NewContext())
        {
            erased = await new CustomerPersonalDataProvider(db).EraseAsync(new DataSubject(CoreEntities.Customer, consumer), default);
        }

        Assert.Equal(1, erased);
        await using var check = database.NewContext();
        var row = await check.Customers.SingleAsync(c => c.Id == consumer);
        Assert.Equal(Anonymiser.ErasedCustomerName, row.Name);
        Assert.Null(row.Phone);
        Assert.Null(row.Email);
        Assert.Null(row.IdNumber);
        Assert.Null(row.DecisionMaker);
        Assert.Equal("CUS-100", row.Code);
        Assert.Equal(1, await check.Orders.CountAsync());
        var other = await check.Customers.SingleAsync(c => c.Id == b.Customer);
        Assert.Equal("杭州恒达商贸有限公司", other.Name);
    }

    [Fact]
    public async Task Erase_Twice_ChangesNothingTheSecondTime()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, consumer) = await AddConsumerAsync(database);
        await using var db = database.NewContext();
        var provider = new CustomerPersonalDataProvider(db);

        Assert.Equal(1, await provider.EraseAsync(new DataSubject(CoreEntities.Customer, consumer), default));
        Assert.Equal(0, await provider.EraseAsync(new DataSubject(CoreEntities.Customer, consumer), default));
        Assert.Equal(0, await provider.EraseAsync(new DataSubject(CoreEntities.Customer, Guid.NewGuid()), default));
    }

    [Fact]
    public async Task Erase_OfARepAndAPartnerContact_ClearsTheirContactData()
    {
        await using var database = await TestDatabase.CreateAsync();
        var b = await Basics.AddAsync(database);
        await using (var db = database.NewContext())
        {
            var provider = new CustomerPersonalDataProvider(db);
            Assert.Equal(1, await provider.EraseAsync(new DataSubject(CoreEntities.SalesRep, b.Rep), default));
            Assert.Equal(1, await provider.EraseAsync(new DataSubject(CoreEntities.Partner, b.Partner), default));
        }

        await using var check = database.NewContext();
        var rep = await check.SalesReps.SingleAsync();
        var partner = await check.Partners.SingleAsync();
        Assert.Equal((Anonymiser.ErasedSalesRepName, (string?)null, (string?)null), (rep.Name, rep.Email, rep.Phone));
        Assert.Equal((Anonymiser.ErasedContactName, (string?)null, (string?)null), (partner.ContactName, partner.ContactEmail, partner.ContactPhone));
        Assert.Equal("杭州联创数码科技有限公司", partner.Name);
    }
}
