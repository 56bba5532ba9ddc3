using System.Security.Cryptography;
using System.Text;

namespace Platform.Host.Data;

/// <summary>
/// Maps a logical database name (<c>catalog</c>, <c>tenant-demo</c>) to a server database name that needs
/// no quoting anywhere: the configured prefix plus the name in lower case, with every character other
/// than a-z, 0-9 and _ replaced by _ (<c>platform_tenant_demo</c>). When that loses information (upper
/// case, other characters) or the name is too long, a short hash of the logical name keeps names apart.
/// </summary>
public static class PhysicalDatabaseNames
{
    /// <summary>The physical name of a logical database.</summary>
    public static string For(string prefix, string logicalName, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(logicalName);
        var raw = prefix + logicalName;
        var name = new StringBuilder(raw.Length);
        var lossy = false;
        foreach (var c in raw)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')
            {
                name.Append(c);
            }
            else
            {
                lossy |= c != '-';
                name.Append(c is >= 'A' and <= 'Z' ? char.ToLowerInvariant(c) : '_');
            }
        }
        if (name[0] is >= '0' and <= '9')
        {
            name.Insert(0, '_');
        }
        if (!lossy && name.Length <= maxLength)
        {
            return name.ToString();
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(logicalName)))[..8];
        var keep = Math.Min(name.Length, maxLength - hash.Length - 1);
        return $"{name.ToString(0, keep)}_{hash}";
    }
}
