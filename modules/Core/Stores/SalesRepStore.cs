using Microsoft.Extensions.Options;
using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Modules.Core.Settings;
using Platform.Sdk.Data;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core.Stores;

/// <summary>
/// Main operation of the <c>salesrep</c> entity; a missing salary currency becomes the tenant's default.
/// The base salary is read as null by callers without <see cref="SalaryPermission"/>, who may not filter,
/// sort or stream by it either (that would tell the value).
/// </summary>
public sealed class SalesRepStore(CoreDbContext context, IOptionsSnapshot<CoreSettings> settings, IPermissionChecker permissions)
    : EfEntityStore<CoreDbContext, SalesRepRow>(context, CoreEntities.SalesRep)
{
    /// <summary>The permission that shows reps' base salaries.</summary>
    public const string SalaryPermission = "core.salaries.read";

    private const string Salary = "baseSalary";

    /// <inheritdoc />
    public override ValueTask<QueryResult> QueryAsync(QueryRequest query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!permissions.Has(SalaryPermission) && (query.Filters.Any(f => f.Attribute == Salary) || query.Sorts.Any(s => s.Attribute == Salary)))
        {
            throw new InvalidPluginExecutionException($"Filtering or sorting by {Salary} needs the permission {SalaryPermission}.", 403);
        }
        return base.QueryAsync(query, cancellationToken);
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<object?[]> StreamAsync(BulkReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!permissions.Has(SalaryPermission) && (request.Attributes.Contains(Salary) || request.Filters.Any(f => f.Attribute == Salary)))
        {
            throw new InvalidPluginExecutionException($"Reading {Salary} needs the permission {SalaryPermission}.", 403);
        }
        return base.StreamAsync(request, cancellationToken);
    }

    /// <inheritdoc />
    protected override Entity ToEntity(SalesRepRow row)
    {
        var entity = base.ToEntity(row);
        if (!permissions.Has(SalaryPermission))
        {
            entity[Salary] = null;
        }
        return entity;
    }

    /// <inheritdoc />
    protected override void ApplyToRow(Entity entity, SalesRepRow row)
    {
        base.ApplyToRow(entity, row);
        row.Currency = DefaultCurrency.Or(row.Currency, settings.Value);
    }
}
