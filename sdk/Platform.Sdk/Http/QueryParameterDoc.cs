using Microsoft.AspNetCore.Builder;

namespace Platform.Sdk.Http;

/// <summary>
/// Endpoint metadata describing a query parameter a handler reads itself (from <c>HttpRequest.Query</c>), so the
/// API description lists it with its type. Types: text, whole and decimal numbers, GUIDs, date-times, enums.
/// </summary>
/// <param name="Name">The parameter's name in the query string.</param>
/// <param name="ValueType">The type of its value (an enum lists its names).</param>
/// <param name="Description">What it does, its default and its limits.</param>
public sealed record QueryParameterDoc(string Name, Type ValueType, string Description);

/// <summary>Declares the query parameters a handler reads itself.</summary>
public static class QueryParameterDocExtensions
{
    /// <summary>Adds a <see cref="QueryParameterDoc"/> to the endpoint.</summary>
    public static TBuilder WithQueryParameter<TBuilder>(this TBuilder builder, string name, Type valueType, string description)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new QueryParameterDoc(name, valueType, description));
}
