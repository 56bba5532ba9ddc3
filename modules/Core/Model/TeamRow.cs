namespace Platform.Modules.Core.Model;

/// <summary>A sales team (entity <c>team</c>).</summary>
public sealed class TeamRow
{
    /// <summary>Record id.</summary>
    public Guid Id { get; set; }

    /// <summary>Team code, unique.</summary>
    public string Code { get; set; } = "";

    /// <summary>Team name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The territory the team covers, when assigned.</summary>
    public Guid? RegionId { get; set; }

    /// <summary>The sales rep who manages the team, when assigned.</summary>
    public Guid? ManagerRepId { get; set; }
}
