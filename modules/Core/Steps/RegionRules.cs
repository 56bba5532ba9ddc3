using Microsoft.EntityFrameworkCore;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Steps;

/// <summary>
/// Region rules: unique code; the parent exists and sits higher in the hierarchy (so the hierarchy
/// has no cycles); the national node has no parent.
/// </summary>
internal static class RegionRules
{
    public static async Task CheckAsync(ReferenceChecker c, CancellationToken ct)
    {
        await c.UniqueAsync<RegionRow>("code", nameof(RegionRow.Code), ct);
        if (!c.Target.Contains("parentId") && !c.Target.Contains("level"))
        {
            return;
        }
        var level = await c.EffectiveAsync<RegionRow, RegionLevel?>("level", r => r.Level, ct);
        var parentId = await c.EffectiveAsync<RegionRow, Guid?>("parentId", r => r.ParentId, ct);
        if (parentId is not { } parent)
        {
            return;
        }
        if (level == RegionLevel.National)
        {
            c.Fail("parentId", "The national region has no parent.");
            return;
        }
        var parentLevel = await c.Db.Regions.Where(r => r.Id == parent).Select(r => (RegionLevel?)r.Level).FirstOrDefaultAsync(ct);
        if (parentLevel is null)
        {
            c.Fail("parentId", $"region {parent} does not exist.");
        }
        else if (level is { } own && parentLevel >= own)
        {
            c.Fail("parentId", $"The parent of a {own} must be of a higher level; region {parent} is a {parentLevel}.");
        }
    }
}
