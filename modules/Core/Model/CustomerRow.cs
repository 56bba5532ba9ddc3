namespace Platform.Modules.Core.Model;

/// <summary>A customer (entity <c>customer</c>): an organisation or a person the company sells to.</summary>
public sealed class CustomerRow
{
    /// <summary>Record id.</summary>
    public Guid Id { get; set; }

    /// <summary>Unified customer code, unique.</summary>
    public string Code { get; set; } = "";

    /// <summary>Customer name (a person's name for consumers; personal information).</summary>
    public string Name { get; set; } = "";

    /// <summary>Industry, for example 零售 (retail) or 制造 (manufacturing).</summary>
    public string Industry { get; set; } = "";

    /// <summary>Organisation size.</summary>
    public CustomerSize Size { get; set; }

    /// <summary>Kind of customer.</summary>
    public CustomerType CustomerType { get; set; }

    /// <summary>Name of the person who decides purchases (personal information).</summary>
    public string? DecisionMaker { get; set; }

    /// <summary>Contact phone (personal information).</summary>
    public string? Phone { get; set; }

    /// <summary>Contact e-mail (personal information).</summary>
    public string? Email { get; set; }

    /// <summary>Resident identity card number (sensitive personal information under PIPL).</summary>
    public string? IdNumber { get; set; }

    /// <summary>The city the customer belongs to.</summary>
    public Guid? RegionId { get; set; }

    /// <summary>When the customer was created, in UTC.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
