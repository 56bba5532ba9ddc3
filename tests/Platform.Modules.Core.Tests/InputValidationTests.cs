using System.Text.Json;
using Platform.Modules.Core.Inputs;
using Platform.Modules.Core.Inputs.Rules;
using Platform.Modules.Core.Model;
using Platform.Sdk.Data;
using Platform.Sdk.Http;

namespace Platform.Modules.Core.Tests;

/// <summary>The input classes' data annotations, as the SDK's endpoints apply them.</summary>
public sealed class InputValidationTests
{
    private static OrderInput ValidOrder() => new()
    {
        Number = "SO-202506-00001",
        CustomerId = Guid.NewGuid(),
        Channel = SalesChannel.Direct,
        OrderedAt = DateTimeOffset.UtcNow,
        Lines = [new OrderLineInput { ProductId = Guid.NewGuid(), Quantity = 1, ListPrice = 100m, NetPrice = 90m }],
    };

    private static StoreInput ValidStore() => new()
    {
        Code = "ST-HZ-01",
        Name = "杭州西湖旗舰店",
        Format = StoreFormat.Flagship,
        AreaSqm = 260m,
        Latitude = 30.27,
        Longitude = 120.15,
        RegionId = Guid.NewGuid(),
        OpenedOn = new DateOnly(2022, 5, 1),
    };

    [Fact]
    public void ValidInputs_HaveNoErrors()
    {
        Assert.Empty(InputValidator.Validate(ValidOrder()));
        Assert.Empty(InputValidator.Validate(ValidStore()));
    }

    [Fact]
    public void Order_MissingRequiredFields_AreNamed()
    {
        var errors = InputValidator.Validate(new OrderInput());

        Assert.Equal(["channel", "customerId", "lines", "number", "orderedAt"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Order_NeedsAtLeastOneLine_AndValidLines()
    {
        var empty = ValidOrder();
        empty.Lines = [];
        var bad = ValidOrder();
        bad.Lines = [new OrderLineInput { ProductId = Guid.NewGuid(), Quantity = 0, ListPrice = -1m, NetPrice = 5m }, new OrderLineInput()];

        Assert.Equal(["lines"], InputValidator.Validate(empty).Keys);
        Assert.Equal(
            ["lines[0].listPrice", "lines[0].quantity", "lines[1].listPrice", "lines[1].netPrice", "lines[1].productId", "lines[1].quantity"],
            InputValidator.Validate(bad).Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("cny")]
    [InlineData("RMB1")]
    [InlineData("YU")]
    public void Currency_MustBeThreeCapitalLetters(string currency)
    {
        var order = ValidOrder();
        order.Currency = currency;
        var product = new ProductInput { Currency = currency };

        Assert.Contains("currency", InputValidator.Validate(order).Keys);
        Assert.Contains("currency", InputValidator.Validate(product).Keys);
    }

    [Theory]
    [InlineData(nameof(StoreInput.Latitude), 90.5)]
    [InlineData(nameof(StoreInput.Latitude), -91)]
    [InlineData(nameof(StoreInput.Longitude), 180.01)]
    [InlineData(nameof(StoreInput.AreaSqm), 0)]
    [InlineData(nameof(StoreInput.AreaSqm), -10)]
    public void Store_CoordinatesAndArea_AreRangeChecked(string property, double value)
    {
        var store = ValidStore();
        switch (property)
        {
            case nameof(StoreInput.Latitude): store.Latitude = value; break;
            case nameof(StoreInput.Longitude): store.Longitude = value; break;
            default: store.AreaSqm = (decimal)value; break;
        }

        var errors = InputValidator.Validate(store);

        Assert.Equal([JsonNamingPolicy.CamelCase.ConvertName(property)], errors.Keys);
    }

    [Fact]
    public void Product_PricesMayBeZeroButNotNegative()
    {
        var free = new ProductInput { Sku = "GIFT-1", Name = "赠品", ProductLine = "配件", Series = "赠品", Category = "赠品", UnitCost = 0m, ListPrice = 0m };
        var negative = new ProductInput { Sku = "GIFT-1", Name = "赠品", ProductLine = "配件", Series = "赠品", Category = "赠品", UnitCost = -0.01m, ListPrice = -1m };

        Assert.Empty(InputValidator.Validate(free));
        Assert.Equal(["listPrice", "unitCost"], InputValidator.Validate(negative).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SalesRep_BaseSalaryMustBePositive_AndEmailValid()
    {
        var rep = new SalesRepInput
        {
            EmployeeNo = "E1", Name = "王伟", TeamId = Guid.NewGuid(), BaseSalary = 0m, Email = "not-an-email", HiredOn = new DateOnly(2024, 1, 1),
        };

        Assert.Equal(["baseSalary", "email"], InputValidator.Validate(rep).Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("110105194912310021", false)]
    [InlineData("11010519491231002", false)]
    [InlineData("1101051949123100AX", false)]
    public void Customer_IdNumber_NeedsAValidCheckCharacter(string idNumber, bool valid)
    {
        var customer = new CustomerInput
        {
            Code = "CUS-1", Name = "张伟", Industry = "个人消费", Size = CustomerSize.Small, CustomerType = CustomerType.Consumer, IdNumber = idNumber,
        };

        Assert.Equal(valid, !InputValidator.Validate(customer).ContainsKey("idNumber"));
    }

    [Theory]
    [InlineData("cus-1")]
    [InlineData("-CUS")]
    [InlineData("CUS 1")]
    public void BusinessCodes_AreCapitalLettersDigitsAndDashes(string code)
    {
        var region = new RegionInput { Code = code, Name = "杭州", Level = RegionLevel.City };

        Assert.Equal(["code"], InputValidator.Validate(region).Keys);
    }

    [Fact]
    public void Enum_OutsideTheDefinedValues_IsRefused()
    {
        var region = new RegionInput { Code = "X", Name = "X", Level = (RegionLevel)7 };

        Assert.Equal(["level"], InputValidator.Validate(region).Keys);
    }

    [Fact]
    public void PartialUpdate_ChecksOnlyTheMembersSent()
    {
        var patch = new StoreInput { Latitude = 95 };

        var errors = InputValidator.Validate(patch, new HashSet<string> { "latitude" });

        Assert.Equal(["latitude"], errors.Keys);
    }

    [Fact]
    public void Json_RefusesComputedAttributes()
    {
        var order = """{"number":"SO-1","totalAmount":100}""";
        var line = """{"number":"SO-1","lines":[{"productId":"6f1c4b8e-0d1e-4a57-9d43-0a4e7b4b8f10","quantity":1,"listPrice":1,"netPrice":1,"lineAmount":1}]}""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OrderInput>(order, EntityEndpoints.InputJson));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OrderInput>(line, EntityEndpoints.InputJson));
    }

    [Fact]
    public void InputMapper_TurnsOrderLinesIntoChildEntities()
    {
        var json = """
            {"number":"SO-1","customerId":"6f1c4b8e-0d1e-4a57-9d43-0a4e7b4b8f10","channel":"Store","orderedAt":"2025-06-18T10:00:00+08:00",
             "lines":[{"productId":"0b7f3c1a-96a4-4d1c-8f0e-2a6a1f1d2c33","quantity":2,"listPrice":5499,"netPrice":4999}]}
            """;
        var input = JsonSerializer.Deserialize<OrderInput>(json, EntityEndpoints.InputJson)!;

        var entity = InputMapper.ToEntity(input, CoreEntities.Order);

        Assert.Equal(SalesChannel.Store, entity["channel"]);
        var line = Assert.Single(Assert.IsType<List<Entity>>(entity["lines"]));
        Assert.Equal(CoreEntities.OrderLine, line.LogicalName);
        Assert.Equal(2, line["quantity"]);
        Assert.Equal(4999m, line["netPrice"]);
        Assert.Equal(OrderStatus.Draft, entity["status"]);
    }

    [Fact]
    public void IdCheckCharacter_MatchesTheStandardExample()
    {
        Assert.Equal('X', ChineseIdNumberAttribute.CheckCharacter("11010519491231002"));
    }
}
