using System.Text.Json;
using Platform.Modules.Core.Model;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core.Tests.Contracts;

/// <summary>The typed views of Core's contract over late-bound entities.</summary>
public sealed class CoreViewTests
{
    // Another module's copy of the contract enum: the same names in another type (another assembly in production).
    private enum ForeignOrderStatus
    {
        Draft,
        Confirmed,
        Completed,
    }

    [Fact]
    public void Typed_getters_read_the_attributes_and_setters_write_them_under_the_contract_names()
    {
        var customerId = Guid.NewGuid();
        var view = new OrderView { CustomerId = customerId, Currency = "CNY", Status = OrderStatus.Confirmed };

        Assert.Equal(customerId, view.Entity[CoreAttributes.Order.CustomerId]);
        Assert.Equal("Confirmed", view.Entity[CoreAttributes.Order.Status]);
        Assert.Equal(CoreEntities.Order, view.Entity.LogicalName);
        Assert.Equal(customerId, view.CustomerId);
        Assert.Equal(OrderStatus.Confirmed, view.Status);
        Assert.Null(view.TotalAmount);
    }

    [Theory]
    [InlineData("Completed")]
    [InlineData("completed")]
    [InlineData("2")]
    public void An_enum_attribute_reads_from_its_name_or_number(string stored)
    {
        var view = new OrderView(new Entity(CoreEntities.Order) { [CoreAttributes.Order.Status] = stored });

        Assert.Equal(OrderStatus.Completed, view.Status);
    }

    [Fact]
    public void An_enum_attribute_reads_from_Core_s_enum_another_copy_of_it_and_json()
    {
        Assert.Equal(OrderStatus.Completed, StatusOf(OrderStatus.Completed));
        Assert.Equal(OrderStatus.Completed, StatusOf(ForeignOrderStatus.Completed));
        Assert.Equal(OrderStatus.Completed, StatusOf(JsonDocument.Parse("\"Completed\"").RootElement));
        Assert.Equal(OrderStatus.Completed, StatusOf(JsonDocument.Parse("2").RootElement));
        Assert.Null(StatusOf(JsonDocument.Parse("null").RootElement));
        Assert.Null(StatusOf(null));
    }

    [Theory]
    [InlineData("Shipped")]
    [InlineData("7")]
    public void An_enum_value_that_names_no_member_is_a_400_naming_the_attribute(string stored)
    {
        var e = Assert.Throws<InvalidPluginExecutionException>(() => StatusOf(stored));

        Assert.Equal(400, e.StatusCode);
        Assert.Equal([$"'status' must be one of Draft, Confirmed, Completed, Cancelled; '{stored}' is not."], e.Errors[CoreAttributes.Order.Status]);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_a_400_naming_the_attribute()
    {
        var view = new OrderView(new Entity(CoreEntities.Order) { [CoreAttributes.Order.CustomerId] = "not-a-guid" });

        var e = Assert.Throws<InvalidPluginExecutionException>(() => view.CustomerId);

        Assert.Equal(400, e.StatusCode);
        Assert.Equal(["'customerId' must be a GUID."], e.Errors[CoreAttributes.Order.CustomerId]);
    }

    [Fact]
    public void Attributes_the_entity_lacks_are_read_from_the_fallback_and_those_it_holds_win_even_when_null()
    {
        var preImage = new Entity(CoreEntities.Order) { [CoreAttributes.Order.Currency] = "CNY", [CoreAttributes.Order.Status] = "Draft" };
        var target = new Entity(CoreEntities.Order) { [CoreAttributes.Order.Status] = null };

        var view = new OrderView(target, preImage);

        Assert.Equal("CNY", view.Currency);
        Assert.Null(view.Status);
        Assert.True(view.Has(CoreAttributes.Order.Currency));
        Assert.False(view.Has(CoreAttributes.Order.RepId));
        view.Currency = "USD";
        Assert.Equal("USD", target[CoreAttributes.Order.Currency]);
        Assert.Equal("CNY", preImage[CoreAttributes.Order.Currency]);
    }

    [Fact]
    public void Lines_sent_as_a_sequence_become_a_list_on_the_order_so_changes_and_added_lines_reach_the_store()
    {
        var sent = new[] { new Entity(CoreEntities.OrderLine) { [CoreAttributes.OrderLine.Quantity] = 2 } };
        var order = new OrderView(new Entity(CoreEntities.Order) { [CoreAttributes.Order.Lines] = sent.Select(l => l) });

        order.Lines![0].NetPrice = 9.5m;
        var gift = order.AddLine();
        gift.NetPrice = 0m;

        var stored = Assert.IsType<List<Entity>>(order.Entity[CoreAttributes.Order.Lines]);
        Assert.Equal(2, stored.Count);
        Assert.Equal(9.5m, stored[0][CoreAttributes.OrderLine.NetPrice]);
        Assert.Equal(CoreEntities.OrderLine, stored[1].LogicalName);
        Assert.Equal([2, null], order.Lines!.Select(l => l.Quantity));
    }

    [Fact]
    public void An_order_without_lines_reads_null_and_its_first_added_line_creates_the_list()
    {
        var order = new OrderView();

        Assert.Null(order.Lines);
        order.AddLine().Quantity = 1;

        Assert.Single(Assert.IsType<List<Entity>>(order.Entity[CoreAttributes.Order.Lines]));
    }

    [Fact]
    public void A_view_refuses_an_entity_of_another_kind()
    {
        var e = Assert.Throws<ArgumentException>(() => new OrderView(new Entity(CoreEntities.Customer)));

        Assert.Contains("OrderView wraps a order entity, not a customer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_view_writes_is_what_Core_s_row_mapping_accepts()
    {
        var view = new OrderView { Number = "SO-1", Channel = SalesChannel.Store, Status = OrderStatus.Completed, Currency = "CNY" };
        var row = new OrderRow();
        var errors = new Dictionary<string, string[]>();

        EntityMap.For(typeof(OrderRow)).CopyToRow(view.Entity, row, errors);

        Assert.Empty(errors);
        Assert.Equal((SalesChannel.Store, OrderStatus.Completed, "SO-1"), (row.Channel, row.Status, row.Number));
    }

    private static OrderStatus? StatusOf(object? stored) =>
        new OrderView(new Entity(CoreEntities.Order) { [CoreAttributes.Order.Status] = stored }).Status;
}
