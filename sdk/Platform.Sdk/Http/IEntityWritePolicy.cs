namespace Platform.Sdk.Http;

/// <summary>
/// The calling tenant's rules for writes through the entity endpoints. A module registers one (scoped, from
/// its tenant settings); without one, <see cref="DefaultEntityWritePolicy"/> applies.
/// </summary>
public interface IEntityWritePolicy
{
    /// <summary>True when PATCH and DELETE must send <c>If-Match</c> (else 428).</summary>
    bool RequireIfMatch { get; }

    /// <summary>The most items a list in a body may hold (for example an order's lines).</summary>
    int MaxCollectionItems { get; }
}

/// <summary>The rules when no module supplies any: no <c>If-Match</c> required, at most 500 items per list.</summary>
public sealed class DefaultEntityWritePolicy : IEntityWritePolicy
{
    /// <summary>The items per list when no policy is registered.</summary>
    public const int DefaultMaxCollectionItems = 500;

    /// <summary>The shared instance.</summary>
    public static readonly DefaultEntityWritePolicy Instance = new();

    /// <inheritdoc />
    public bool RequireIfMatch => false;

    /// <inheritdoc />
    public int MaxCollectionItems => DefaultMaxCollectionItems;
}
