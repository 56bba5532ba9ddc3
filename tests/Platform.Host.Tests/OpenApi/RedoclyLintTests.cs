using System.Diagnostics;
using System.Text.RegularExpressions;
using Platform.Host.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Platform.Host.Tests.OpenApi;

/// <summary>
/// Redocly CLI (pinned in tools/openapi-lint, installed by .ci/run) lints the document a real host serves with
/// the <c>recommended</c> ruleset (redocly.yaml at the repository root): no error and no warning.
/// </summary>
public sealed partial class RedoclyLintTests(OpenApiHost host, ITestOutputHelper output) : IClassFixture<OpenApiHost>
{
    [Fact]
    public async Task The_document_passes_redoclys_recommended_rules_without_errors_or_warnings()
    {
        var cli = Path.Combine(RepoPaths.Root, "tools", "openapi-lint", "node_modules", "@redocly", "cli", "bin", "cli.js");
        Assert.True(File.Exists(cli), $"Redocly CLI is not installed at {cli}: run `npm ci --prefix tools/openapi-lint` (.ci/run does).");
        // Where .redocly.lint-ignore.yaml (next to redocly.yaml) expects it; artifacts/ is git-ignored.
        var file = Path.Combine(RepoPaths.Root, "artifacts", "openapi", "v1.json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, host.Text);

        var (exit, text) = await RunAsync("node", cli, "lint", file, "--config", Path.Combine(RepoPaths.Root, "redocly.yaml"), "--format", "stylish");
        output.WriteLine(text);

        // Redocly prints one line per problem ("error" or "warning") and "Your API description is valid" without errors.
        Assert.True(exit == 0 && text.Contains("Your API description is valid", StringComparison.Ordinal), $"Redocly failed (exit {exit}):\n{text}");
        Assert.False(Problem().IsMatch(text), $"Redocly reported problems:\n{text}");
    }

    private static async Task<(int Exit, string Output)> RunAsync(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["REDOCLY_TELEMETRY"] = "off";
        info.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@"^\s*\d+:\d+\s+(error|warning)\s", RegexOptions.Multiline)]
    private static partial Regex Problem();
}
