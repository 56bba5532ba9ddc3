namespace Platform.Modules.Pricing.Quotes;

/// <summary>What pricing needs of a Core product (read through the SDK's data service).</summary>
internal sealed record ProductFacts(Guid Id, string Category, string ProductLine, decimal ListPrice, decimal UnitCost, string Currency, bool Active);
