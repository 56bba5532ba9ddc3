using System.Globalization;

namespace Platform.Sdk.Time;

/// <summary>
/// The versions of one value over time, none overlapping another (gaps are allowed: no version is in force
/// there). Answers "which version was in force at this moment".
/// </summary>
/// <typeparam name="T">The versioned value.</typeparam>
public sealed class EffectiveTimeline<T>
{
    private readonly EffectiveDated<T>[] _versions;

    /// <summary>Creates the timeline.</summary>
    /// <exception cref="InvalidTimelineException">Two versions overlap or a version ends before it starts; the message names them.</exception>
    public EffectiveTimeline(IEnumerable<EffectiveDated<T>> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var list = versions.ToList();
        var errors = EffectiveDated.Validate(list);
        if (errors.Count > 0)
        {
            throw new InvalidTimelineException(errors);
        }
        _versions = [.. list.OrderBy(v => v.From)];
    }

    /// <summary>The versions by start.</summary>
    public IReadOnlyList<EffectiveDated<T>> Versions => _versions;

    /// <summary>The version in force at <paramref name="instant"/>, or null when none is.</summary>
    public EffectiveDated<T>? At(DateTimeOffset instant)
    {
        // Last version starting at or before the instant; in force only if it has not ended.
        int low = 0, high = _versions.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (_versions[mid].From <= instant)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return found >= 0 && _versions[found].IsInForceAt(instant) ? _versions[found] : null;
    }

    /// <summary>The value in force at <paramref name="instant"/>.</summary>
    /// <exception cref="InvalidOperationException">No version is in force then.</exception>
    public T ValueAt(DateTimeOffset instant) => At(instant) is { } version ? version.Value
        : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No version is in force at {instant:O}."));
}
