using Platform.Modules.Core.Contracts;
using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Steps;

/// <summary>
/// Checks that ids a Pricing record names exist in the Core module (products, regions, stores), with one
/// query per Core entity through <see cref="IDataService"/>; missing ones become field errors.
/// </summary>
internal sealed class CoreReferences
{
    private readonly List<(string Field, string Entity, Guid Id)> _wanted = [];

    public void Want(string field, string entity, Guid? id)
    {
        if (id is { } value && value != Guid.Empty)
        {
            _wanted.Add((field, entity, value));
        }
    }

    public void WantAll(string field, string entity, IEnumerable<string> ids)
    {
        var index = 0;
        foreach (var text in ids)
        {
            if (Guid.TryParse(text, out var id))
            {
                _wanted.Add(($"{field}[{index}]", entity, id));
            }
            index++;
        }
    }

    public async Task CheckAsync(IDataService data, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        foreach (var group in _wanted.GroupBy(w => w.Entity))
        {
            var ids = group.Select(w => w.Id).Distinct().ToList();
            var found = new HashSet<Guid>();
            foreach (var chunk in ids.Chunk(QueryRequest.MaxPageSize))
            {
                var page = await data.QueryAsync(new QueryRequest(group.Key)
                {
                    Filters = [new QueryFilter(CoreAttributes.Id, FilterOperator.In, string.Join(",", chunk))],
                    PageSize = QueryRequest.MaxPageSize,
                }, cancellationToken);
                found.UnionWith(page.Items.Select(e => e.Id));
            }
            foreach (var (field, entity, id) in group.Where(w => !found.Contains(w.Id)))
            {
                errors[field] = [$"{entity} {id} does not exist."];
            }
        }
    }
}
