using System.ComponentModel.DataAnnotations;

namespace Platform.Host.Auth.Principals;

/// <summary>Local sign-in rules (<c>Platform:Access</c>).</summary>
public sealed class AccessOptions
{
    /// <summary>Shortest password a person may set.</summary>
    [Range(8, 200)]
    public int MinPasswordLength { get; set; } = 12;
}
