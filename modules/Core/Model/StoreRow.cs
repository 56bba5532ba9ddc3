namespace Platform.Modules.Core.Model;

/// <summary>A store of the company's own network (entity <c>store</c>).</summary>
public sealed class StoreRow
{
    /// <summary>Record id.</summary>
    public Guid Id { get; set; }

    /// <summary>Store code, unique.</summary>
    public string Code { get; set; } = "";

    /// <summary>Store name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Store format.</summary>
    public StoreFormat Format { get; set; }

    /// <summary>Sales area in square metres.</summary>
    public decimal AreaSqm { get; set; }

    /// <summary>Latitude in degrees (WGS 84).</summary>
    public double Latitude { get; set; }

    /// <summary>Longitude in degrees (WGS 84).</summary>
    public double Longitude { get; set; }

    /// <summary>The city the store is in.</summary>
    public Guid RegionId { get; set; }

    /// <summary>Opening date (planned opening date for planned stores).</summary>
    public DateOnly OpenedOn { get; set; }

    /// <summary>Operating status.</summary>
    public StoreStatus Status { get; set; }
}
