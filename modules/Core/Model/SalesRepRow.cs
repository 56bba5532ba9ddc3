namespace Platform.Modules.Core.Model;

/// <summary>A sales representative (entity <c>salesrep</c>).</summary>
public sealed class SalesRepRow
{
    /// <summary>Record id.</summary>
    public Guid Id { get; set; }

    /// <summary>Employee number, unique.</summary>
    public string EmployeeNo { get; set; } = "";

    /// <summary>The rep's name (personal information).</summary>
    public string Name { get; set; } = "";

    /// <summary>The rep's team.</summary>
    public Guid TeamId { get; set; }

    /// <summary>Monthly base salary.</summary>
    public decimal BaseSalary { get; set; }

    /// <summary>ISO 4217 currency of the salary.</summary>
    public string Currency { get; set; } = "";

    /// <summary>Work e-mail (personal information).</summary>
    public string? Email { get; set; }

    /// <summary>Work phone (personal information).</summary>
    public string? Phone { get; set; }

    /// <summary>Hiring date.</summary>
    public DateOnly HiredOn { get; set; }

    /// <summary>True while the rep is employed.</summary>
    public bool Active { get; set; } = true;
}
