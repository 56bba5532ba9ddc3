namespace Platform.Sdk.Pipeline;

/// <summary>Writes lines to the trace of the current execution, kept per tenant.</summary>
public interface ITracingService
{
    /// <summary>Adds a formatted line to the trace.</summary>
    void Trace(string format, params object?[] args);
}
