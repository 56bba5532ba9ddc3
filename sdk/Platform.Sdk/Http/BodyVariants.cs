namespace Platform.Sdk.Http;

/// <summary>
/// Endpoint metadata for the API description: the body member <paramref name="ShapedMember"/> takes one
/// shape per value of the member <paramref name="Discriminator"/> (a promotion's <c>parameters</c> by its
/// <c>kind</c>). The host describes such a body as <c>oneOf</c> the variants with a discriminator.
/// </summary>
/// <param name="Discriminator">The JSON name of the member whose value selects the shape.</param>
/// <param name="ShapedMember">The JSON name of the member whose shape depends on it.</param>
/// <param name="Shapes">The discriminator's values and the type each one's member takes.</param>
public sealed record BodyVariants(string Discriminator, string ShapedMember, IReadOnlyDictionary<string, Type> Shapes);
