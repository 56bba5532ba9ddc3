using System.ComponentModel.DataAnnotations;
using Platform.Modules.Core.Contracts;
using Platform.Modules.Core.Inputs.Rules;
using Platform.Modules.Core.Model;
using Platform.Sdk.Http;

namespace Platform.Modules.Core.Inputs;

/// <summary>Body of <c>POST/PATCH /api/core/regions</c>.</summary>
public sealed class RegionInput
{
    /// <summary>Region code, unique.</summary>
    [Required, StringLength(FieldLengths.Code), BusinessCode]
    public string? Code { get; set; }

    /// <summary>Region name.</summary>
    [Required, StringLength(FieldLengths.Name)]
    public string? Name { get; set; }

    /// <summary>Level in the hierarchy.</summary>
    [Required, EnumDataType(typeof(RegionLevel))]
    public RegionLevel? Level { get; set; }

    /// <summary>The region above; must be of a higher level. None for the national node.</summary>
    [References(CoreEntities.Region)]
    public Guid? ParentId { get; set; }

    /// <summary>Resident population.</summary>
    [Range(0d, 10_000_000_000d)]
    public long? Population { get; set; }

    /// <summary>Purchasing power relative to the national average (1.0).</summary>
    [Range(0d, 100d)]
    public decimal? PurchasingPowerIndex { get; set; }
}
