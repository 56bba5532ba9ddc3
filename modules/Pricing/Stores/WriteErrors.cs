using Platform.Sdk.Pipeline;

namespace Platform.Modules.Pricing.Stores;

/// <summary>Collects field errors of a write and throws them as one 400 problem.</summary>
internal sealed class WriteErrors(string entityName)
{
    public Dictionary<string, string[]> Errors { get; } = [];

    public void Add(string field, string message) => Errors[field] = [.. Errors.GetValueOrDefault(field, []), message];

    public void EndNotBeforeStart(DateTimeOffset? start, DateTimeOffset? end, string startField, string endField)
    {
        if (start is { } from && end is { } to && to <= from)
        {
            Add(endField, $"{endField} must be after {startField}.");
        }
    }

    public void ThrowIfAny()
    {
        if (Errors.Count > 0)
        {
            throw new InvalidPluginExecutionException($"The {entityName} has invalid attributes.") { Errors = Errors };
        }
    }
}
