namespace Platform.Sdk.Time;

/// <summary>Versions of an <see cref="EffectiveTimeline{T}"/> overlap or are malformed; <see cref="Errors"/> says which.</summary>
public sealed class InvalidTimelineException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/>.</summary>
    public InvalidTimelineException(IReadOnlyList<string> errors)
        : base("The versions are not a valid timeline: " + string.Join(" ", errors ?? []))
    {
        Errors = errors ?? [];
    }

    /// <summary>Creates the exception with a default message.</summary>
    public InvalidTimelineException()
        : this("The versions are not a valid timeline.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InvalidTimelineException(string message)
        : base(message)
    {
        Errors = [message];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public InvalidTimelineException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Errors { get; }
}
