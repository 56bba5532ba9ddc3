namespace Platform.Modules.Core.Model;

/// <summary>A node of the territory hierarchy national → region → province → city (entity <c>region</c>).</summary>
public sealed class RegionRow
{
    /// <summary>Record id.</summary>
    public Guid Id { get; set; }

    /// <summary>Region code, unique (for example CN-ZJ or HANGZHOU).</summary>
    public string Code { get; set; } = "";

    /// <summary>Region name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Level in the hierarchy.</summary>
    public RegionLevel Level { get; set; }

    /// <summary>The region one or more levels up; null for the national node.</summary>
    public Guid? ParentId { get; set; }

    /// <summary>Resident population, when known.</summary>
    public long? Population { get; set; }

    /// <summary>Purchasing power relative to the national average (1.0), when known.</summary>
    public decimal? PurchasingPowerIndex { get; set; }
}
