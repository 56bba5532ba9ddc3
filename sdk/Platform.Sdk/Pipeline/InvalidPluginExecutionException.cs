namespace Platform.Sdk.Pipeline;

/// <summary>
/// Thrown by a step to abort the operation: the transaction rolls back and the caller receives the
/// message as an RFC 9457 problem response with <see cref="StatusCode"/> (400 unless set).
/// </summary>
public class InvalidPluginExecutionException : Exception
{
    /// <summary>Creates the exception with a message meant for the caller.</summary>
    public InvalidPluginExecutionException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and an HTTP status (4xx).</summary>
    public InvalidPluginExecutionException(string message, int statusCode) : base(message) => StatusCode = statusCode;

    /// <summary>Creates the exception with a message and the cause.</summary>
    public InvalidPluginExecutionException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with no message.</summary>
    public InvalidPluginExecutionException() { }

    /// <summary>The HTTP status of the problem response; a client error (4xx).</summary>
    public int StatusCode { get; } = 400;

    /// <summary>Field-level errors (field name to messages) to include in the problem response.</summary>
    public IDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();
}
