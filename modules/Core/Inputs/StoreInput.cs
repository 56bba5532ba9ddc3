using System.ComponentModel.DataAnnotations;
using Platform.Modules.Core.Inputs.Rules;
using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Inputs;

/// <summary>Body of <c>POST/PATCH /api/core/stores</c>.</summary>
public sealed class StoreInput
{
    /// <summary>Store code, unique.</summary>
    [Required, StringLength(FieldLengths.Code), BusinessCode]
    public string? Code { get; set; }

    /// <summary>Store name.</summary>
    [Required, StringLength(FieldLengths.Name)]
    public string? Name { get; set; }

    /// <summary>Store format.</summary>
    [Required, EnumDataType(typeof(StoreFormat))]
    public StoreFormat? Format { get; set; }

    /// <summary>Sales area in m², more than zero.</summary>
    [Required, Range(0d, 100_000d, MinimumIsExclusive = true)]
    public decimal? AreaSqm { get; set; }

    /// <summary>Latitude, −90 to 90 degrees.</summary>
    [Required, Range(-90d, 90d)]
    public double? Latitude { get; set; }

    /// <summary>Longitude, −180 to 180 degrees.</summary>
    [Required, Range(-180d, 180d)]
    public double? Longitude { get; set; }

    /// <summary>The store's city.</summary>
    [Required]
    public Guid? RegionId { get; set; }

    /// <summary>Opening date (planned date for a planned store).</summary>
    [Required]
    public DateOnly? OpenedOn { get; set; }

    /// <summary>Operating status; open when omitted.</summary>
    [EnumDataType(typeof(StoreStatus))]
    public StoreStatus Status { get; set; } = StoreStatus.Open;
}
