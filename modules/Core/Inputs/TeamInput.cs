using System.ComponentModel.DataAnnotations;
using Platform.Modules.Core.Contracts;
using Platform.Modules.Core.Inputs.Rules;
using Platform.Modules.Core.Model;
using Platform.Sdk.Http;

namespace Platform.Modules.Core.Inputs;

/// <summary>Body of <c>POST/PATCH /api/core/teams</c>.</summary>
public sealed class TeamInput
{
    /// <summary>Team code, unique.</summary>
    [Required, StringLength(FieldLengths.Code), BusinessCode]
    public string? Code { get; set; }

    /// <summary>Team name.</summary>
    [Required, StringLength(FieldLengths.Name)]
    public string? Name { get; set; }

    /// <summary>The territory the team covers.</summary>
    public Guid? RegionId { get; set; }

    /// <summary>The rep who manages the team.</summary>
    [References(CoreEntities.SalesRep)]
    public Guid? ManagerRepId { get; set; }
}
