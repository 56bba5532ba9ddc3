namespace Platform.Modules.Pricing.Analytics.Sources;

/// <summary>One line of a Core order with the order's id and time.</summary>
internal sealed record SoldLine(Guid OrderId, DateTimeOffset OrderedAt, Guid ProductId, int Quantity, decimal ListPrice, decimal NetPrice);
