namespace Platform.Sdk.Tiers;

/// <summary>One problem of a tier table: the field (<c>Tiers[1].To</c>, <c>Gate</c>) and what is wrong with it.</summary>
/// <param name="Field">Path of the offending value, as a settings or API field would name it.</param>
/// <param name="Message">The reason, readable by the person who configured the table.</param>
public sealed record TierTableError(string Field, string Message);
