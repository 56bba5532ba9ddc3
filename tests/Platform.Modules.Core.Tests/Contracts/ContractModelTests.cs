using System.Reflection;
using Platform.Modules.Core.Model;
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Tests.Contracts;

/// <summary>Core's contract (ADR 0015) names exactly what Core's model stores, so it cannot drift from it.</summary>
public sealed class ContractModelTests
{
    public static TheoryData<string> AttributeClasses => new(typeof(CoreAttributes).GetNestedTypes().Select(t => t.Name));

    [Theory]
    [MemberData(nameof(AttributeClasses))]
    public void Each_entity_s_attribute_names_are_the_attributes_its_row_maps(string entity)
    {
        // The read-only orderline entity reads its order's fields too (OrderLineReadRow, a superset of the line's row).
        var row = entity == nameof(CoreAttributes.OrderLine) ? typeof(OrderLineReadRow) : typeof(CustomerRow).Assembly.GetType($"{typeof(CustomerRow).Namespace}.{entity}Row")
            ?? throw new InvalidOperationException($"CoreAttributes.{entity} has no {entity}Row in the model.");
        var contract = typeof(CoreAttributes).GetNestedType(entity)!.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal).ToList();

        // The store maps the scalar properties; an order's lines and an opportunity's history are the child lists.
        var mapped = EntityMap.For(row).Properties.Keys.Where(k => k != CoreAttributes.Id)
            .Concat(row == typeof(OrderRow) ? [CoreAttributes.Order.Lines] : [])
            .Concat(row == typeof(OpportunityRow) ? [CoreAttributes.Opportunity.StageHistory] : [])
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(mapped, contract);
    }

    [Fact]
    public void Every_entity_name_has_its_attribute_class_and_every_entity_module_registers()
    {
        var names = typeof(CoreEntities).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name).Order(StringComparer.Ordinal);
        var attributeClasses = typeof(CoreAttributes).GetNestedTypes().Select(t => t.Name).Order(StringComparer.Ordinal);

        Assert.Equal(names, attributeClasses);
    }

    [Fact]
    public void Status_values_keep_the_numbers_the_database_stores()
    {
        Assert.Equal([0, 1, 2, 3], Enum.GetValues<OrderStatus>().Select(v => (int)v));
        Assert.Equal(["Draft", "Confirmed", "Completed", "Cancelled"], Enum.GetNames<OrderStatus>());
        Assert.Equal(["Direct", "Partner", "Store", "Online"], Enum.GetNames<SalesChannel>());
        Assert.Equal(["Consumer", "SmallBusiness", "KeyAccount", "Government"], Enum.GetNames<CustomerType>());
    }
}
