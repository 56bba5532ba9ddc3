namespace Platform.Modules.Core.Model;

/// <summary>A product of the product and price master (entity <c>product</c>).</summary>
public sealed class ProductRow
{
    /// <summary>Record id.</summary>
    public Guid Id { get; set; }

    /// <summary>Stock-keeping unit, unique.</summary>
    public string Sku { get; set; } = "";

    /// <summary>Product name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Product line (top of the product hierarchy line → series → SKU).</summary>
    public string ProductLine { get; set; } = "";

    /// <summary>Series within the product line.</summary>
    public string Series { get; set; } = "";

    /// <summary>Product category.</summary>
    public string Category { get; set; } = "";

    /// <summary>Unit cost.</summary>
    public decimal UnitCost { get; set; }

    /// <summary>Standard list price.</summary>
    public decimal ListPrice { get; set; }

    /// <summary>ISO 4217 currency of cost and price.</summary>
    public string Currency { get; set; } = "";

    /// <summary>True while the product is sold.</summary>
    public bool Active { get; set; } = true;
}
