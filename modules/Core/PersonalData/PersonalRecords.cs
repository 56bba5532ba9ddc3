namespace Platform.Modules.Core.PersonalData;

/// <summary>The personal fields of a customer, as exported to the data subject.</summary>
public sealed record CustomerPersonalData(string Name, string? Phone, string? Email, string? DecisionMaker, string? IdNumber)
{
    /// <summary>The values keyed by attribute name.</summary>
    public IReadOnlyDictionary<string, object?> ToValues() => new Dictionary<string, object?>
    {
        ["name"] = Name,
        ["phone"] = Phone,
        ["email"] = Email,
        ["decisionMaker"] = DecisionMaker,
        ["idNumber"] = IdNumber,
    };
}

/// <summary>The personal fields of a sales rep.</summary>
public sealed record SalesRepPersonalData(string Name, string? Email, string? Phone)
{
    /// <summary>The values keyed by attribute name.</summary>
    public IReadOnlyDictionary<string, object?> ToValues() => new Dictionary<string, object?>
    {
        ["name"] = Name,
        ["email"] = Email,
        ["phone"] = Phone,
    };
}

/// <summary>The personal fields of a partner's contact person.</summary>
public sealed record PartnerContactPersonalData(string? ContactName, string? ContactPhone, string? ContactEmail)
{
    /// <summary>The values keyed by attribute name.</summary>
    public IReadOnlyDictionary<string, object?> ToValues() => new Dictionary<string, object?>
    {
        ["contactName"] = ContactName,
        ["contactPhone"] = ContactPhone,
        ["contactEmail"] = ContactEmail,
    };
}
