namespace Platform.Modules.Pricing.Engine.Prices;

/// <summary>The explanation of a base unit price: method, the list it came from and the inputs used.</summary>
/// <param name="Kind">Method or origin.</param>
/// <param name="PriceListId">The list used (for <see cref="PriceSourceKind.PriceList"/> and for fallbacks to it).</param>
/// <param name="Inputs">The figures used, by name (e.g. cost, marginPercent, reference, competitors).</param>
/// <param name="Text">A sentence for people.</param>
public sealed record PriceSource(PriceSourceKind Kind, string? PriceListId, IReadOnlyDictionary<string, decimal> Inputs, string Text);
