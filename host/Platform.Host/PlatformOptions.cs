using Platform.Host.Pipeline;

namespace Platform.Host;

/// <summary>Host configuration (section <c>Platform</c>).</summary>
public sealed class PlatformOptions
{
    /// <summary>The folder holding <c>&lt;id&gt;/&lt;version&gt;/</c> module folders; relative paths start at the content root.</summary>
    public string ModuleRoot { get; set; } = "modules";

    /// <summary>Where the embedded databases live; relative paths start at the content root.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Database provider: Sqlite (embedded default), PostgreSql or SqlServer.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// PostgreSql and SqlServer: the server's connection string (host, port, credentials). The host picks
    /// the database itself: one per logical database (catalog, each tenant), named with <see cref="DatabasePrefix"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Prefix of server database names: <c>platform_</c> gives <c>platform_catalog</c>, <c>platform_tenant_demo</c>.</summary>
    public string DatabasePrefix { get; set; } = "platform_";

    /// <summary>The demo tenant created and seeded on first run.</summary>
    public DemoTenantOptions DemoTenant { get; set; } = new();

    /// <summary>Pipeline limits.</summary>
    public PipelineOptions Pipeline { get; set; } = new();
}

/// <summary>The demo tenant.</summary>
public sealed class DemoTenantOptions
{
    /// <summary>Whether the demo tenant is created on first run (with every running module enabled).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Its id.</summary>
    public string Id { get; set; } = "demo";

    /// <summary>Whether modules' demo data is written (once per module; also into an existing demo tenant).</summary>
    public bool Seed { get; set; } = true;
}
