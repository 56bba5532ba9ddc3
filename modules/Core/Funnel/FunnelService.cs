using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Modules.Core.Settings;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core.Funnel;

/// <summary>Reads the cohort a <see cref="FunnelRequest"/> names from Core's tables and reports on it.</summary>
public sealed class FunnelService(CoreDbContext db, IOptionsSnapshot<CoreSettings> settings)
{
    /// <summary>The report; a request without a valid period or currency is a 400 naming the field.</summary>
    public async Task<FunnelReport> ReportAsync(FunnelRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (from, to, currency) = Validate(request);
        var opportunities = db.Opportunities.AsNoTracking().Where(o => o.CreatedAt >= from && o.CreatedAt < to);
        if (request.RepId is { } rep)
        {
            opportunities = opportunities.Where(o => o.OwnerRepId == rep);
        }
        if (request.PartnerId is { } partner)
        {
            opportunities = opportunities.Where(o => o.PartnerId == partner);
        }
        if (request.TeamId is { } team)
        {
            opportunities = opportunities.Where(o => db.SalesReps.Any(r => r.Id == o.OwnerRepId && r.TeamId == team));
        }
        if (request.RegionId is { } region)
        {
            var regions = await RegionAndBelowAsync(region, ct);
            opportunities = opportunities.Where(o => db.Customers.Any(c => c.Id == o.CustomerId && c.RegionId != null && regions.Contains(c.RegionId.Value)));
        }
        var rows = await opportunities.Include(o => o.StageHistory).ToListAsync(ct);
        var cohort = rows.ConvertAll(o => new FunnelOpportunity(o.CustomerId, o.Stage, o.Amount, o.Currency, o.CreatedAt,
            o.StageHistory.OrderBy(h => h.ChangedAt).Select(h => (h.ToStage, h.ChangedAt)).ToList()));
        return FunnelCalculator.Calculate(cohort, from, to, currency, settings.Value);
    }

    private (DateTimeOffset From, DateTimeOffset To, string Currency) Validate(FunnelRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.From is null)
        {
            errors["from"] = ["from is required (the start of the period, inclusive)."];
        }
        if (request.To is null)
        {
            errors["to"] = ["to is required (the end of the period, exclusive)."];
        }
        else if (request.From is { } f && request.To <= f)
        {
            errors["to"] = ["to must be after from."];
        }
        var currency = request.Currency ?? settings.Value.DefaultCurrency;
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            errors["currency"] = ["currency must be a three-letter ISO 4217 code such as CNY."];
        }
        if (errors.Count > 0)
        {
            throw new InvalidPluginExecutionException("The funnel request is not valid.") { Errors = errors };
        }
        return (request.From!.Value.ToUniversalTime(), request.To!.Value.ToUniversalTime(), currency);
    }

    private async Task<HashSet<Guid>> RegionAndBelowAsync(Guid region, CancellationToken ct)
    {
        var parents = await db.Regions.AsNoTracking().Select(r => new { r.Id, r.ParentId }).ToListAsync(ct);
        var below = new HashSet<Guid> { region };
        for (var added = true; added;)
        {
            added = false;
            foreach (var r in parents)
            {
                if (r.ParentId is { } parent && below.Contains(parent) && below.Add(r.Id))
                {
                    added = true;
                }
            }
        }
        return below;
    }
}
