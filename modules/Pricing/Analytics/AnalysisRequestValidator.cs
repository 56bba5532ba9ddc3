using Platform.Modules.Pricing.Model;

namespace Platform.Modules.Pricing.Analytics;

/// <summary>
/// Checks analysis requests before they run, for 400 responses naming the field. Data conditions (too few
/// points, inconsistent respondents, an empty pre-period, zero cost) are not errors: the analyses report them.
/// </summary>
internal static class AnalysisRequestValidator
{
    public static IReadOnlyList<FieldError> Validate(ElasticityRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        if (!(request.ConfidenceLevel > 0 && request.ConfidenceLevel < 1))
        {
            errors.Add(new("confidenceLevel", "Must lie strictly between 0 and 1 (e.g. 0.95)."));
        }
        RequireItems(request.Observations, "observations", errors);
        return errors;
    }

    public static IReadOnlyList<FieldError> Validate(PriceChangeScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var errors = new List<FieldError>();
        if (scenario.CurrentPrice <= 0)
        {
            errors.Add(new("currentPrice", "Must be greater than 0."));
        }
        if (scenario.CurrentQuantity < 0)
        {
            errors.Add(new("currentQuantity", "Must not be negative."));
        }
        if (scenario.PriceChangeRate <= -1)
        {
            errors.Add(new("priceChangeRate", "Must be greater than -1 (a fraction: -0.1 is a 10 % cut); the new price must stay positive."));
        }
        return errors;
    }

    public static IReadOnlyList<FieldError> Validate(VanWestendorpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(request.IntersectionMethod))
        {
            errors.Add(new("intersectionMethod", "Must be one of min, max, mean, median."));
        }
        if (!Enum.IsDefined(request.Definition))
        {
            errors.Add(new("definition", "Must be classic or release131."));
        }
        if (request.Responses is null || request.Responses.Count == 0)
        {
            errors.Add(new("responses", "At least one response is needed."));
            return errors;
        }
        for (var i = 0; i < request.Responses.Count; i++)
        {
            if (request.Responses[i] is not { } response)
            {
                errors.Add(new($"responses[{i}]", "A response may not be null."));
                continue;
            }
            foreach (var (field, price) in new[] { ("tooCheap", response.TooCheap), ("cheap", response.Cheap), ("expensive", response.Expensive), ("tooExpensive", response.TooExpensive) })
            {
                if (price < 0)
                {
                    errors.Add(new($"responses[{i}].{field}", "Must not be negative."));
                }
            }
        }
        return errors;
    }

    public static IReadOnlyList<FieldError> Validate(PromotionRoiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        var windowsValid = ValidWindow(request.PrePeriod, "prePeriod", errors) & ValidWindow(request.PromotionWindow, "promotionWindow", errors);
        if (windowsValid && request.PrePeriod.End >= request.PromotionWindow.Start)
        {
            errors.Add(new("prePeriod", "Must end before the promotion window starts (it may not overlap or follow it)."));
        }
        if (request.DiscountCost < 0)
        {
            errors.Add(new("discountCost", "Must not be negative."));
        }
        if (request.FixedCost < 0)
        {
            errors.Add(new("fixedCost", "Must not be negative."));
        }
        if (request.BaselineDays is { } days)
        {
            if (days <= 0)
            {
                errors.Add(new("baselineDays", "Must be at least 1."));
            }
            else if (windowsValid && days > request.PrePeriod.Days)
            {
                errors.Add(new("baselineDays", $"Must not exceed the {request.PrePeriod.Days} days of the pre-period."));
            }
        }
        if (RequireItems(request.Series, PricingFieldNames.Series, errors))
        {
            var withMargin = request.Series.Count(d => d.GrossMargin is not null);
            if (withMargin > 0 && withMargin < request.Series.Count)
            {
                var first = request.Series.ToList().FindIndex(d => d.GrossMargin is null);
                errors.Add(new($"series[{first}].grossMargin", "Give a gross margin for every day or for none."));
            }
        }
        return errors;
    }

    /// <summary>
    /// Guards an analysis against a request that was not validated: invalid input is a caller's mistake, unlike the
    /// data conditions the analyses report.
    /// </summary>
    public static void ThrowIfInvalid(IReadOnlyList<FieldError> errors, string paramName)
    {
        if (errors.Count > 0)
        {
            throw new ArgumentException(
                $"The request is not valid (validate it first): {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Reason}"))}", paramName);
        }
    }

    private static bool ValidWindow(DateWindow? window, string field, List<FieldError> errors)
    {
        if (window is null)
        {
            errors.Add(new(field, "Is required."));
            return false;
        }
        if (window.End < window.Start)
        {
            errors.Add(new($"{field}.end", "Must not be before the start."));
            return false;
        }
        return true;
    }

    /// <summary>Adds errors for a missing list or null items; true when the list and all its items are there.</summary>
    private static bool RequireItems<T>(IReadOnlyList<T>? items, string field, List<FieldError> errors)
        where T : class
    {
        if (items is null)
        {
            errors.Add(new(field, "Is required."));
            return false;
        }
        var before = errors.Count;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                errors.Add(new($"{field}[{i}]", "An item of the list may not be null."));
            }
        }
        return errors.Count == before;
    }
}
