using System.Globalization;
using System.Text;

namespace Platform.Benchmarks.Support;

/// <summary>Markdown for stdout (the report); progress goes to stderr.</summary>
public static class Report
{
    public static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// The real standard output, which carries only the markdown report. Program points <see cref="Console.Out"/>
    /// at stderr, so BenchmarkDotNet's and the hosts' console output cannot mix into the report.
    /// </summary>
    public static TextWriter Out { get; set; } = Console.Out;

    public static void Log(string message) => Console.Error.WriteLine($"[bench {DateTime.Now:HH:mm:ss}] {message}");

    public static string F(double value, int decimals = 2) => value.ToString("N" + decimals, Invariant);

    /// <summary>A markdown table; a header ending with ':' is right-aligned (the ':' is not shown).</summary>
    public static string Table(string[] header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", header.Select(h => h.TrimEnd(':'))).AppendLine(" |");
        text.Append('|').AppendJoin('|', header.Select(h => h.EndsWith(':') ? "---:" : "---")).AppendLine("|");
        foreach (var row in rows)
        {
            text.Append("| ").AppendJoin(" | ", row).AppendLine(" |");
        }
        return text.ToString();
    }

    /// <summary>The 1-minute load average (Linux), for noting how busy the shared machine was.</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    public static string Machine() =>
        $"{Environment.ProcessorCount} logical CPUs, {System.Runtime.InteropServices.RuntimeInformation.OSDescription.Trim()}, " +
        $".NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC";

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
