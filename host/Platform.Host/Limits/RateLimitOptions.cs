using System.ComponentModel.DataAnnotations;

namespace Platform.Host.Limits;

/// <summary>Request rate limits (<c>Platform:RateLimits</c>): fixed windows per API key, per tenant and per anonymous client address.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Whether requests are limited at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests one API key may make per window.</summary>
    public RateLimitWindow PerKey { get; set; } = new() { PermitLimit = 1200 };

    /// <summary>Requests all keys of one tenant may make together per window.</summary>
    public RateLimitWindow PerTenant { get; set; } = new() { PermitLimit = 6000 };

    /// <summary>Requests without a valid key (including refused keys) per client address per window.</summary>
    public RateLimitWindow Anonymous { get; set; } = new() { PermitLimit = 120 };
}

/// <summary>A number of requests per fixed window.</summary>
public sealed class RateLimitWindow
{
    /// <summary>Requests allowed in one window.</summary>
    [Range(1, 10_000_000)]
    public int PermitLimit { get; set; } = 1000;

    /// <summary>The window's length.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
