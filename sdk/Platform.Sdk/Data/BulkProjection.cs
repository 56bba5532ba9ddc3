using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Pipeline;

namespace Platform.Sdk.Data;

/// <summary>
/// Streams a projection of a row (or view) class for <see cref="IBulkReadable"/>: the database selects only the
/// requested columns, filtered and in id order, and each row arrives as an array of values.
/// </summary>
public static class BulkProjection
{
    /// <summary>
    /// Streams <paramref name="rows"/> (a row class, or a view a store composes with joins) as the request asks:
    /// the attributes are <paramref name="map"/>'s (camelCase property names), <c>id</c> is the key.
    /// </summary>
    public static async IAsyncEnumerable<object?[]> StreamAsync<TRow>(IQueryable<TRow> rows, EntityMap map, BulkReadRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(request);
        var projection = Projection<TRow>(map, request);
        var filtered = QueryTranslator.Apply(rows, map, new QueryRequest(request.EntityName) { Filters = request.Filters }, out _);
        var ordered = filtered.OrderBy(Key<TRow>(map));
        await foreach (var values in ordered.Select(projection).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            for (var i = 0; i < values.Length; i++)
            {
                // The values a retrieve returns: decimals at their smallest scale (EntityMap.CopyToEntity).
                if (values[i] is decimal amount)
                {
                    values[i] = EntityMap.Normalise(amount);
                }
            }
            yield return values;
        }
    }

    private static Expression<Func<TRow, object?[]>> Projection<TRow>(EntityMap map, BulkReadRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Attributes.Count is 0 or > BulkReadRequest.MaxAttributes)
        {
            errors["attributes"] = [$"Ask for 1 to {BulkReadRequest.MaxAttributes} attributes."];
        }
        var row = Expression.Parameter(typeof(TRow), "row");
        var values = new List<Expression>();
        foreach (var attribute in request.Attributes)
        {
            if (map.TryGetProperty(attribute, out var property))
            {
                values.Add(Expression.Convert(Expression.Property(row, property), typeof(object)));
            }
            else
            {
                errors[$"attributes.{attribute}"] = [$"'{attribute}' is not an attribute of {request.EntityName}."];
            }
        }
        if (errors.Count > 0)
        {
            throw new InvalidPluginExecutionException($"The bulk read of {request.EntityName} is not valid.") { Errors = errors };
        }
        return Expression.Lambda<Func<TRow, object?[]>>(Expression.NewArrayInit(typeof(object), values), row);
    }

    private static Expression<Func<TRow, Guid>> Key<TRow>(EntityMap map)
    {
        var row = Expression.Parameter(typeof(TRow), "row");
        return Expression.Lambda<Func<TRow, Guid>>(Expression.Property(row, map.Properties["id"]), row);
    }
}
