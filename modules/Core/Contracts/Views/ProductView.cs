// Part of Core's source-only contract (ADR 0015).
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Contracts;

/// <summary>Typed view of a product of the product and price master (entity <c>product</c>).</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
sealed class ProductView : CoreView
{
    /// <summary>Wraps a <c>product</c> entity; attributes it lacks are read from <paramref name="fallback"/> (a pre-image) when given.</summary>
    public ProductView(Entity entity, Entity? fallback = null)
        : base(entity, CoreEntities.Product, fallback)
    {
    }

    /// <summary>A new, empty <c>product</c>.</summary>
    public ProductView()
        : this(new Entity(CoreEntities.Product))
    {
    }

    /// <summary>Stock-keeping unit, unique.</summary>
    public string? Sku
    {
        get => Get<string?>(CoreAttributes.Product.Sku);
        set => Set(CoreAttributes.Product.Sku, value);
    }

    /// <summary>Product name.</summary>
    public string? Name
    {
        get => Get<string?>(CoreAttributes.Product.Name);
        set => Set(CoreAttributes.Product.Name, value);
    }

    /// <summary>Product line (top of the product hierarchy line → series → SKU).</summary>
    public string? ProductLine
    {
        get => Get<string?>(CoreAttributes.Product.ProductLine);
        set => Set(CoreAttributes.Product.ProductLine, value);
    }

    /// <summary>Series within the product line.</summary>
    public string? Series
    {
        get => Get<string?>(CoreAttributes.Product.Series);
        set => Set(CoreAttributes.Product.Series, value);
    }

    /// <summary>Product category.</summary>
    public string? Category
    {
        get => Get<string?>(CoreAttributes.Product.Category);
        set => Set(CoreAttributes.Product.Category, value);
    }

    /// <summary>Unit cost.</summary>
    public decimal? UnitCost
    {
        get => Get<decimal?>(CoreAttributes.Product.UnitCost);
        set => Set(CoreAttributes.Product.UnitCost, value);
    }

    /// <summary>Standard list price.</summary>
    public decimal? ListPrice
    {
        get => Get<decimal?>(CoreAttributes.Product.ListPrice);
        set => Set(CoreAttributes.Product.ListPrice, value);
    }

    /// <summary>ISO 4217 currency of cost and price.</summary>
    public string? Currency
    {
        get => Get<string?>(CoreAttributes.Product.Currency);
        set => Set(CoreAttributes.Product.Currency, value);
    }

    /// <summary>True while the product is sold.</summary>
    public bool? Active
    {
        get => Get<bool?>(CoreAttributes.Product.Active);
        set => Set(CoreAttributes.Product.Active, value);
    }
}
