namespace Platform.Host.Jobs;

/// <summary>Sizes of stored job texts.</summary>
public static class JobLimits
{
    /// <summary>Longest error text kept (longer texts are cut).</summary>
    public const int ErrorLength = 4000;

    /// <summary>Cuts an error text to <see cref="ErrorLength"/>.</summary>
    public static string Cut(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= ErrorLength ? text : text[..(ErrorLength - 1)] + "…";
    }
}
