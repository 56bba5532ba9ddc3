namespace Platform.Modules.Core.Model;

/// <summary>A sales order (entity <c>order</c>) with its lines.</summary>
public sealed class OrderRow
{
    /// <summary>Record id.</summary>
    public Guid Id { get; set; }

    /// <summary>Order number, unique.</summary>
    public string Number { get; set; } = "";

    /// <summary>The customer who ordered.</summary>
    public Guid CustomerId { get; set; }

    /// <summary>How the order was sold.</summary>
    public SalesChannel Channel { get; set; }

    /// <summary>The store, for store orders.</summary>
    public Guid? StoreId { get; set; }

    /// <summary>The partner who sourced the order, for partner orders.</summary>
    public Guid? PartnerId { get; set; }

    /// <summary>The sales rep credited with the order.</summary>
    public Guid? RepId { get; set; }

    /// <summary>When the order was placed, in UTC.</summary>
    public DateTimeOffset OrderedAt { get; set; }

    /// <summary>Lifecycle status.</summary>
    public OrderStatus Status { get; set; }

    /// <summary>ISO 4217 currency of all amounts.</summary>
    public string Currency { get; set; } = "";

    /// <summary>Sum of the line amounts; computed, never set by clients.</summary>
    public decimal TotalAmount { get; set; }

    /// <summary>The order lines.</summary>
    public List<OrderLineRow> Lines { get; } = [];
}
