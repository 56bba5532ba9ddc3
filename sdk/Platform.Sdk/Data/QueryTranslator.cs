using System.Linq.Expressions;
using System.Reflection;
using Platform.Sdk.Pipeline;

namespace Platform.Sdk.Data;

/// <summary>Turns a <see cref="QueryRequest"/> into a LINQ query over a row class.</summary>
public static class QueryTranslator
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    /// <summary>
    /// Applies the filters (returned) and then the sorts (<paramref name="sorted"/>, with the id as the last
    /// key so pages are stable). Unknown attributes or unreadable values throw
    /// <see cref="InvalidPluginExecutionException"/> naming the field.
    /// </summary>
    public static IQueryable<TRow> Apply<TRow>(IQueryable<TRow> rows, EntityMap map, QueryRequest query, out IQueryable<TRow> sorted)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>();
        if (query.Page < 1)
        {
            errors["page"] = ["page must be 1 or more."];
        }
        if (query.PageSize is < 1 or > QueryRequest.MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {QueryRequest.MaxPageSize}."];
        }
        else if (query.Page > 1 && (long)(query.Page - 1) * query.PageSize > QueryRequest.MaxRowOffset)
        {
            errors["page"] = [$"page is too large: the page would start after row {QueryRequest.MaxRowOffset} (page × pageSize must stay below it)."];
        }
        var parameter = Expression.Parameter(typeof(TRow), "row");
        foreach (var filter in query.Filters)
        {
            if (BuildCondition(map, parameter, filter, errors) is { } condition)
            {
                rows = rows.Where(Expression.Lambda<Func<TRow, bool>>(condition, parameter));
            }
        }
        IOrderedQueryable<TRow>? ordered = null;
        foreach (var sort in query.Sorts.Append(new QuerySort("id")))
        {
            if (!map.TryGetProperty(sort.Attribute, out var property))
            {
                errors["sort"] = [$"'{sort.Attribute}' is not an attribute that can be sorted on."];
                continue;
            }
            ordered = OrderBy(ordered ?? (IQueryable<TRow>)rows, property, sort.Descending, first: ordered is null);
        }
        if (errors.Count > 0)
        {
            throw new InvalidPluginExecutionException("The query is not valid.") { Errors = errors };
        }
        sorted = ordered!;
        return rows;
    }

    private static Expression? BuildCondition(EntityMap map, ParameterExpression parameter, QueryFilter filter, Dictionary<string, string[]> errors)
    {
        var field = $"filter.{filter.Attribute}";
        if (!map.TryGetProperty(filter.Attribute, out var property))
        {
            errors[field] = [$"'{filter.Attribute}' is not an attribute that can be filtered on."];
            return null;
        }
        if (filter.Operator == FilterOperator.In)
        {
            return BuildIn(parameter, property, filter, field, errors);
        }
        object? value;
        try
        {
            value = AttributeValue.ConvertTo(filter.Value, property.PropertyType);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            errors[field] = [$"'{filter.Value}' is not a valid value for '{filter.Attribute}'."];
            return null;
        }
        var member = Expression.Property(parameter, property);
        var constant = Expression.Convert(Expression.Constant(value, typeof(object)), property.PropertyType);
        var isText = property.PropertyType == typeof(string);
        if (filter.Operator == FilterOperator.Contains)
        {
            if (!isText)
            {
                errors[field] = ["contains works on text attributes only."];
                return null;
            }
            return Expression.Call(member, StringContains, constant);
        }
        if (isText && filter.Operator is not (FilterOperator.Eq or FilterOperator.Ne))
        {
            errors[field] = ["text attributes support eq, ne and contains."];
            return null;
        }
        return filter.Operator switch
        {
            FilterOperator.Eq => Expression.Equal(member, constant),
            FilterOperator.Ne => Expression.NotEqual(member, constant),
            FilterOperator.Gt => Expression.GreaterThan(member, constant),
            FilterOperator.Ge => Expression.GreaterThanOrEqual(member, constant),
            FilterOperator.Lt => Expression.LessThan(member, constant),
            _ => Expression.LessThanOrEqual(member, constant),
        };
    }

    private static MethodCallExpression? BuildIn(ParameterExpression parameter, PropertyInfo property, QueryFilter filter, string field, Dictionary<string, string[]> errors)
    {
        var texts = (filter.Value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (texts.Length == 0 || texts.Length > QueryRequest.MaxPageSize)
        {
            errors[field] = [$"in needs 1 to {QueryRequest.MaxPageSize} comma-separated values."];
            return null;
        }
        var values = Array.CreateInstance(property.PropertyType, texts.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            try
            {
                values.SetValue(AttributeValue.ConvertTo(texts[i], property.PropertyType), i);
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException)
            {
                errors[field] = [$"'{texts[i]}' is not a valid value for '{filter.Attribute}'."];
                return null;
            }
        }
        // Boxed and converted, like the other operators' values, so EF Core sends the list as one parameter.
        var list = Expression.Convert(Expression.Constant(values, typeof(object)), values.GetType());
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [property.PropertyType], list, Expression.Property(parameter, property));
    }

    private static IOrderedQueryable<TRow> OrderBy<TRow>(IQueryable<TRow> rows, PropertyInfo property, bool descending, bool first)
    {
        var parameter = Expression.Parameter(typeof(TRow), "row");
        var key = Expression.Lambda(Expression.Property(parameter, property), parameter);
        var method = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            _ => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(typeof(Queryable), method, [typeof(TRow), property.PropertyType], rows.Expression, Expression.Quote(key));
        return (IOrderedQueryable<TRow>)rows.Provider.CreateQuery<TRow>(call);
    }
}
