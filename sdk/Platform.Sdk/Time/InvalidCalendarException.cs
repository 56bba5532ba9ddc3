namespace Platform.Sdk.Time;

/// <summary>A business calendar definition is not valid; <see cref="Errors"/> says why.</summary>
public sealed class InvalidCalendarException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/>.</summary>
    public InvalidCalendarException(IReadOnlyList<CalendarError> errors)
        : base("The business calendar is not valid: " + string.Join("; ", (errors ?? []).Select(e => $"{e.Field}: {e.Message}")))
    {
        Errors = errors ?? [];
    }

    /// <summary>Creates the exception with a default message.</summary>
    public InvalidCalendarException()
        : this("The business calendar is not valid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InvalidCalendarException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public InvalidCalendarException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<CalendarError> Errors { get; }
}
