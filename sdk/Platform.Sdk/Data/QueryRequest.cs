namespace Platform.Sdk.Data;

/// <summary>A page of one entity's rows, filtered and sorted.</summary>
public sealed record QueryRequest(string EntityName)
{
    /// <summary>The largest page size a store serves.</summary>
    public const int MaxPageSize = 500;

    /// <summary>The most rows a page may skip ((page − 1) × pageSize); beyond it a page is refused, not wrapped around.</summary>
    public const int MaxRowOffset = int.MaxValue;

    /// <summary>Conditions that all must hold.</summary>
    public IReadOnlyList<QueryFilter> Filters { get; init; } = [];

    /// <summary>Sort keys, first one first.</summary>
    public IReadOnlyList<QuerySort> Sorts { get; init; } = [];

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Rows per page, 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 50;
}

/// <summary>Comparison operators of a filter.</summary>
public enum FilterOperator
{
    /// <summary>Equal.</summary>
    Eq,
    /// <summary>Not equal.</summary>
    Ne,
    /// <summary>Greater than.</summary>
    Gt,
    /// <summary>Greater than or equal.</summary>
    Ge,
    /// <summary>Less than.</summary>
    Lt,
    /// <summary>Less than or equal.</summary>
    Le,
    /// <summary>Text contains (strings only).</summary>
    Contains,

    /// <summary>Equal to one of a comma-separated list of values (at most <see cref="QueryRequest.MaxPageSize"/>).</summary>
    In,
}

/// <summary>One condition: <c>attribute operator value</c>.</summary>
/// <param name="Attribute">Attribute name.</param>
/// <param name="Operator">Comparison.</param>
/// <param name="Value">Value as text; converted to the attribute's type by the store.</param>
public sealed record QueryFilter(string Attribute, FilterOperator Operator, string? Value);

/// <summary>One sort key.</summary>
/// <param name="Attribute">Attribute name.</param>
/// <param name="Descending">True for descending order.</param>
public sealed record QuerySort(string Attribute, bool Descending = false);

/// <summary>A page of results.</summary>
/// <param name="Items">The rows of this page.</param>
/// <param name="TotalCount">Rows matching the filters over all pages.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Rows per page.</param>
public sealed record QueryResult(IReadOnlyList<Entity> Items, int TotalCount, int Page, int PageSize);
