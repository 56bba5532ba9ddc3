using System.Reflection;
using System.Xml.Linq;
using Platform.Sdk.Modules;
using Xunit;

namespace Platform.Architecture.Tests;

/// <summary>
/// The SDK's public surface is a reviewed baseline. The analyzer fails the build on an unplanned change; these tests
/// make sure the analyzer stays switched on and the baseline stays the real surface.
/// </summary>
public sealed class SdkSurfaceTests
{
    private static readonly Assembly Sdk = typeof(IModule).Assembly;
    private static readonly string SdkFolder = Path.GetDirectoryName(Repository.SdkProject)!;

    /// <summary>Host-only plumbing that SDK 2 made internal; none of it may become public again unplanned.</summary>
    private static readonly string[] HostPlumbing =
    [
        "Platform.Sdk.Data.ProviderMigrationsAssembly", "Platform.Sdk.Data.ModuleSchemaOptionsExtension",
        "Platform.Sdk.Data.AttributeValue", "Platform.Sdk.Data.BulkAggregator", "Platform.Sdk.Http.QueryStringParser",
        "Platform.Sdk.Http.EntityTags", "Platform.Sdk.Http.InputMapper", "Platform.Sdk.Http.EntityJson",
        "Platform.Sdk.Http.StrictJson",
    ];

    [Fact]
    public void The_sdk_project_runs_the_public_api_analyzer_over_both_baseline_files()
    {
        var project = XDocument.Load(Repository.SdkProject);
        var analyzer = project.Descendants("PackageReference")
            .SingleOrDefault(e => (string?)e.Attribute("Include") == "Microsoft.CodeAnalysis.PublicApiAnalyzers");
        var files = project.Descendants("AdditionalFiles").Select(e => (string?)e.Attribute("Include")).ToList();

        Assert.NotNull(analyzer);
        Assert.Contains("PublicAPI.Shipped.txt", files);
        Assert.Contains("PublicAPI.Unshipped.txt", files);
    }

    [Fact]
    public void Every_public_sdk_type_is_in_the_baseline()
    {
        var baseline = BaselineLines();

        var missing = Sdk.GetExportedTypes()
            .Select(BaselineName)
            .Where(name => !baseline.Any(line => Declares(line, name)))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, "Public SDK types not in PublicAPI.*.txt: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_type_the_baseline_declares_is_public_in_the_sdk()
    {
        var exported = Sdk.GetExportedTypes().Select(BaselineName).ToHashSet(StringComparer.Ordinal);

        // A type's own line is its declaration with modifiers ("sealed class", "interface", "enum" …), e.g.
        // "Platform.Sdk.Monetary.Money" or "Platform.Sdk.Data.IDataService"; member lines continue with '.' or '('.
        var declared = BaselineLines()
            .Select(StripModifiers)
            .Where(line => !line.Contains(" -> ", StringComparison.Ordinal) && !line.Contains('(', StringComparison.Ordinal))
            .Select(line => line.Split('<')[0])
            .ToList();

        var stale = declared.Where(name => !exported.Contains(name)).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(declared);
        Assert.True(stale.Count == 0, "Baseline names types the SDK does not export: " + string.Join(", ", stale));
    }

    [Fact]
    public void Host_plumbing_stays_internal()
    {
        var exported = Sdk.GetExportedTypes().Select(t => t.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var name in HostPlumbing)
        {
            Assert.NotNull(Sdk.GetType(name, throwOnError: false));
            Assert.DoesNotContain(name, exported);
        }
    }

    [Fact]
    public void The_sdk_is_version_2()
    {
        Assert.Equal(2, Sdk.GetName().Version!.Major);
    }

    [Theory]
    [InlineData("Platform.Sdk.Monetary.Money", "Platform.Sdk.Monetary.Money", true)]
    [InlineData("Platform.Sdk.Monetary.Money.Amount.get -> decimal", "Platform.Sdk.Monetary.Money", true)]
    [InlineData("Platform.Sdk.Monetary.MoneyRounding", "Platform.Sdk.Monetary.Money", false)]
    [InlineData("Platform.Sdk.Data.ITimeline<T>.At(System.DateTimeOffset) -> T", "Platform.Sdk.Data.ITimeline", true)]
    public void Declares_matches_a_type_or_its_members_only(string line, string type, bool expected)
    {
        Assert.Equal(expected, Declares(line, type));
    }

    private static List<string> BaselineLines() =>
        new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" }
            .SelectMany(f => File.ReadAllLines(Path.Combine(SdkFolder, f)))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();

    /// <summary>A type's name as the baseline spells it: nested types with '.', no generic arity suffix.</summary>
    private static string BaselineName(Type type)
    {
        var name = type.FullName!.Replace('+', '.');
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static bool Declares(string line, string type)
    {
        var text = StripModifiers(line);
        if (!text.StartsWith(type, StringComparison.Ordinal))
        {
            return false;
        }
        return text.Length == type.Length || text[type.Length] is '.' or '<' or ' ';
    }

    private static string StripModifiers(string line)
    {
        string[] modifiers = ["abstract ", "const ", "override ", "static ", "virtual ", "readonly ", "sealed ", "~"];
        var text = line;
        bool stripped;
        do
        {
            stripped = false;
            foreach (var m in modifiers.Where(m => text.StartsWith(m, StringComparison.Ordinal)))
            {
                text = text[m.Length..];
                stripped = true;
            }
        }
        while (stripped);
        return text;
    }
}
