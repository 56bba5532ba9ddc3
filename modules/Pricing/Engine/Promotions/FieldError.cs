namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>A problem with one field of a definition, for a 400 problem response naming the field.</summary>
/// <param name="Field">Path of the field, camelCase as in JSON (e.g. <c>threshold.tiers[1].amountOff</c>).</param>
/// <param name="Reason">What is wrong.</param>
public sealed record FieldError(string Field, string Reason);
