namespace Platform.Modules.Core.Model;

/// <summary>A line of an order (child entity <c>orderline</c>).</summary>
public sealed class OrderLineRow
{
    /// <summary>Record id.</summary>
    public Guid Id { get; set; }

    /// <summary>The order the line belongs to.</summary>
    public Guid OrderId { get; set; }

    /// <summary>Position of the line in the order, from 1.</summary>
    public int LineNumber { get; set; }

    /// <summary>The product sold.</summary>
    public Guid ProductId { get; set; }

    /// <summary>Units sold, 1 or more.</summary>
    public int Quantity { get; set; }

    /// <summary>List price per unit at the time of the order.</summary>
    public decimal ListPrice { get; set; }

    /// <summary>Net price per unit after discounts.</summary>
    public decimal NetPrice { get; set; }

    /// <summary>Quantity × net price, rounded by the module's money rounding; computed.</summary>
    public decimal LineAmount { get; set; }
}
