using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Host.Auth;

/// <summary>
/// The text of an API key: <c>plk_&lt;key id&gt;_&lt;secret&gt;</c>. The id finds the key; only a SHA-256 hash of
/// the 256-bit random secret is stored (a slow password hash adds nothing for a secret of that entropy).
/// </summary>
public static class ApiKeySecret
{
    private const string Prefix = "plk_";

    /// <summary>A new key text for the id, with its hash.</summary>
    public static (string Text, string Hash) Create(Guid id)
    {
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return ($"{Prefix}{id:N}_{secret}", Hash(secret));
    }

    /// <summary>Splits a key text into id and secret; false when it is not shaped like a key.</summary>
    public static bool TryParse(string? text, out Guid id, out string secret)
    {
        id = Guid.Empty;
        secret = "";
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length < Prefix.Length + 34)
        {
            return false;
        }
        var idPart = text.AsSpan(Prefix.Length, 32);
        if (text[Prefix.Length + 32] != '_' || !Guid.TryParseExact(idPart, "N", out id))
        {
            return false;
        }
        secret = text[(Prefix.Length + 33)..];
        return secret.Length > 0;
    }

    /// <summary>Hex SHA-256 of the secret.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Compares a secret with a stored hash in constant time.</summary>
    public static bool Matches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));
}
