using Platform.Modules.Core.Contracts;
using Platform.Sdk.Http;

namespace Platform.Modules.Core.Model;

/// <summary>The row of the read-only <c>orderline</c> entity: an order line with its order's date, status and parties.</summary>
public sealed class OrderLineReadRow
{
    /// <summary>The line's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The order the line belongs to.</summary>
    public Guid OrderId { get; set; }

    /// <summary>Position of the line in the order, from 1.</summary>
    public int LineNumber { get; set; }

    /// <summary>The product sold.</summary>
    public Guid ProductId { get; set; }

    /// <summary>Units sold.</summary>
    public int Quantity { get; set; }

    /// <summary>List price per unit.</summary>
    public decimal ListPrice { get; set; }

    /// <summary>Net price per unit.</summary>
    public decimal NetPrice { get; set; }

    /// <summary>Quantity × net price, rounded.</summary>
    public decimal LineAmount { get; set; }

    /// <summary>When the order was placed (UTC).</summary>
    public DateTimeOffset OrderedAt { get; set; }

    /// <summary>The order's status.</summary>
    public OrderStatus Status { get; set; }

    /// <summary>The order's channel.</summary>
    public SalesChannel Channel { get; set; }

    /// <summary>The order's customer.</summary>
    public Guid CustomerId { get; set; }

    /// <summary>The order's store, for store orders.</summary>
    public Guid? StoreId { get; set; }

    /// <summary>The order's partner, for partner orders.</summary>
    public Guid? PartnerId { get; set; }

    /// <summary>The order's sales rep.</summary>
    [References(CoreEntities.SalesRep)]
    public Guid? RepId { get; set; }

    /// <summary>The order's currency.</summary>
    public string Currency { get; set; } = "";
}
