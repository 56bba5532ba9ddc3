using System.Diagnostics.CodeAnalysis;

namespace Platform.Modules.Pricing.Seed;

/// <summary>The seeded random source of the pricing demo: one fixed seed, so ids and survey answers repeat exactly.</summary>
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Demo data must be reproducible, not unpredictable.")]
internal sealed class SeedRandom(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>A uniform number in [min, max).</summary>
    public double Uniform(double min, double max) => min + (max - min) * _random.NextDouble();

    /// <summary>A normally distributed number (Box–Muller).</summary>
    public double Normal(double mean, double deviation)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>An integer in [min, max].</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    /// <summary>A GUID from the seeded sequence, shaped as version 4.</summary>
    public Guid NextGuid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
