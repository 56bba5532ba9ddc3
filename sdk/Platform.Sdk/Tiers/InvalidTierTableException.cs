namespace Platform.Sdk.Tiers;

/// <summary>A tier table was evaluated although it is not valid; <see cref="Errors"/> says why (see <see cref="TierTable.Validate"/>).</summary>
public sealed class InvalidTierTableException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/>.</summary>
    public InvalidTierTableException(IReadOnlyList<TierTableError> errors)
        : base("The tier table is not valid: " + string.Join("; ", (errors ?? []).Select(e => $"{e.Field}: {e.Message}")))
    {
        Errors = errors ?? [];
    }

    /// <summary>Creates the exception with a message and no field errors.</summary>
    public InvalidTierTableException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a default message.</summary>
    public InvalidTierTableException()
        : this("The tier table is not valid.")
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public InvalidTierTableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<TierTableError> Errors { get; }
}
