using System.Diagnostics.CodeAnalysis;

namespace Platform.Modules.Core.Seed;

/// <summary>A seeded random source for demo data: the same seed always gives the same data, ids included.</summary>
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Demo data must be reproducible, not unpredictable.")]
internal sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>A number in [0, 1).</summary>
    public double Next() => _random.NextDouble();

    /// <summary>An integer in [min, max].</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    /// <summary>A decimal in [min, max] with the given decimal places.</summary>
    public decimal Between(decimal min, decimal max, int decimals) =>
        decimal.Round(min + (max - min) * (decimal)_random.NextDouble(), decimals, MidpointRounding.AwayFromZero);

    /// <summary>True with the given probability.</summary>
    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>One element, uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>One element, with probability proportional to its weight.</summary>
    public T PickWeighted<T>(IReadOnlyList<T> items, Func<T, double> weight)
    {
        var total = items.Sum(weight);
        var roll = _random.NextDouble() * total;
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0)
            {
                return item;
            }
        }
        return items[^1];
    }

    /// <summary>A version-4-shaped GUID drawn from the seeded sequence.</summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>A mainland mobile number, 11 digits.</summary>
    public string MobilePhone() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"1{Pick(MobilePrefixes)}{Between(0, 99_999_999):D8}");

    /// <summary>A made-up Chinese person name.</summary>
    public string PersonName() => Pick(Data.ChineseNames.Surnames) + Pick(Data.ChineseNames.GivenNames);

    private static readonly string[] MobilePrefixes = ["38", "39", "50", "58", "59", "86", "87", "88", "36", "77"];
}
