using System.Globalization;

namespace Platform.Sdk.Time;

/// <summary>
/// One version of a value (a rate, a rule, a price) valid from an instant (inclusive) until another
/// (exclusive; open-ended when null). Instants are compared as instants, whatever their offsets.
/// </summary>
/// <typeparam name="T">The versioned value.</typeparam>
/// <param name="Value">The value in force during the validity.</param>
/// <param name="From">First instant the version is in force.</param>
/// <param name="To">First instant it no longer is; null for open-ended.</param>
public sealed record EffectiveDated<T>(T Value, DateTimeOffset From, DateTimeOffset? To = null)
{
    /// <summary>Whether the version is in force at <paramref name="instant"/>: From ≤ instant &lt; To.</summary>
    public bool IsInForceAt(DateTimeOffset instant) => From <= instant && (To is null || instant < To);
}

/// <summary>Builders of <see cref="EffectiveDated{T}"/> versions.</summary>
public static class EffectiveDated
{
    /// <summary>
    /// A version valid from the start of local day <paramref name="from"/> until the start of local day
    /// <paramref name="until"/> (exclusive) in <paramref name="zone"/>: "5% from 1 April" in Asia/Shanghai is in
    /// force from 2027-03-31T16:00Z.
    /// </summary>
    public static EffectiveDated<T> FromLocalDates<T>(T value, DateOnly from, DateOnly? until, TimeZoneInfo zone) =>
        new(value, ZonedDates.StartOfDayUtc(from, zone), until is { } u ? ZonedDates.StartOfDayUtc(u, zone) : null);

    /// <summary>
    /// Problems of a set of versions (each names the versions by their position in <paramref name="versions"/>):
    /// a version whose end is not after its start, two versions in force at the same instant. Empty when valid.
    /// </summary>
    public static IReadOnlyList<string> Validate<T>(IReadOnlyList<EffectiveDated<T>> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var errors = new List<string>();
        for (var i = 0; i < versions.Count; i++)
        {
            if (versions[i].To is { } to && to <= versions[i].From)
            {
                errors.Add(Text($"Version {i} ends at {to:O}, not after its start {versions[i].From:O}."));
            }
        }
        var order = Enumerable.Range(0, versions.Count).OrderBy(i => versions[i].From).ToArray();
        for (var k = 1; k < order.Length; k++)
        {
            var (earlier, later) = (versions[order[k - 1]], versions[order[k]]);
            if (earlier.To is null || earlier.To > later.From)
            {
                errors.Add(Text($"Versions {order[k - 1]} and {order[k]} overlap: {order[k - 1]} is in force until {(earlier.To is { } t ? t.ToString("O", CultureInfo.InvariantCulture) : "open end")}, {order[k]} from {later.From:O}."));
            }
        }
        return errors;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
