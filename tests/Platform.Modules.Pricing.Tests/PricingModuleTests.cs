using System.Text.Json;

namespace Platform.Modules.Pricing.Tests;

public sealed class PricingModuleTests
{
    [Fact]
    public void Manifest_NamesTheModuleIdAndSchemaTheCodeUses()
    {
        var manifestPath = Path.Combine(AppContext.BaseDirectory, "module.json");
        using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));

        Assert.Equal(PricingModule.Id, manifest.RootElement.GetProperty("id").GetString());
        Assert.Equal(PricingModule.Schema, manifest.RootElement.GetProperty("schema").GetString());
    }
}
