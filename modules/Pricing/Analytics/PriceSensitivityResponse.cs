namespace Platform.Modules.Pricing.Analytics;

/// <summary>One respondent's four Van Westendorp answers: the prices at which the product starts to feel too cheap, cheap, expensive and too expensive.</summary>
internal sealed record PriceSensitivityResponse(decimal TooCheap, decimal Cheap, decimal Expensive, decimal TooExpensive)
{
    /// <summary>Transitive preferences, strictly: too cheap &lt; cheap &lt; expensive &lt; too expensive.</summary>
    public bool IsConsistent => TooCheap < Cheap && Cheap < Expensive && Expensive < TooExpensive;
}
