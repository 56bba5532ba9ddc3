using System.Text.Json.Nodes;
using Platform.Host.Tests.Loader;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.OpenApi;

/// <summary>A host with every real module; its OpenAPI document read once (with the demo administrator's key).</summary>
public sealed class OpenApiHost : IAsyncLifetime
{
    private FixtureModuleRoot _root = null!;

    public TestPlatform Platform { get; private set; } = null!;

    /// <summary>The document's text as the host serves it.</summary>
    public string Text { get; private set; } = "";

    public JsonObject Document => JsonNode.Parse(Text)!.AsObject();

    public async Task InitializeAsync()
    {
        _root = AllModulesRoot.Create();
        Platform = await TestPlatform.StartAsync(moduleRoot: _root.Path);
        Text = await Platform.Client.GetStringAsync("/openapi/v1.json");
    }

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        _root.Dispose();
    }
}
