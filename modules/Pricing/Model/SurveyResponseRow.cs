namespace Platform.Modules.Pricing.Model;

/// <summary>One respondent's four Van Westendorp price points for a survey (and optionally a product).</summary>
internal sealed class SurveyResponseRow
{
    public Guid Id { get; set; }

    public string Survey { get; set; } = "";

    public Guid? ProductId { get; set; }

    public decimal TooCheap { get; set; }

    public decimal Cheap { get; set; }

    public decimal Expensive { get; set; }

    public decimal TooExpensive { get; set; }
}
