namespace Platform.Modules.Pricing.Engine.Carts;

/// <summary>One line of a cart to price.</summary>
/// <param name="LineId">The caller's id of the line, echoed in the result.</param>
/// <param name="ProductId">The product (SKU).</param>
/// <param name="Quantity">Units, ≥ 1.</param>
/// <param name="CategoryId">The product's category, for category pricing methods and promotions.</param>
/// <param name="ProductLineId">The product line, for product-line promotions.</param>
public sealed record CartLine(string LineId, string ProductId, int Quantity, string? CategoryId = null, string? ProductLineId = null);
