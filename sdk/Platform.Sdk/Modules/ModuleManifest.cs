using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Sdk.Modules;

/// <summary>The <c>module.json</c> manifest that sits beside a module's assemblies.</summary>
public sealed record ModuleManifest
{
    /// <summary>The file name the host looks for in each module folder.</summary>
    public const string FileName = "module.json";

    /// <summary>Unique id in the form <c>publisher.name</c>, lower case.</summary>
    public required string Id { get; init; }

    /// <summary>The module's SemVer 2.0 version.</summary>
    public required string Version { get; init; }

    /// <summary>Name shown to administrators.</summary>
    public string DisplayName { get; init; } = "";

    /// <summary>Who publishes the module.</summary>
    public string Publisher { get; init; } = "";

    /// <summary>The range of SDK versions the module supports, in npm syntax (for example <c>^1.0.0</c>).</summary>
    public required string Sdk { get; init; }

    /// <summary>The main assembly's file name; defaults to the first <c>*.dll</c> that holds an <see cref="IModule"/>.</summary>
    public string? Assembly { get; init; }

    /// <summary>The database schema the module owns (a table prefix on SQLite).</summary>
    public string? Schema { get; init; }

    /// <summary>Other modules this one needs: module id to version range (npm syntax).</summary>
    public IReadOnlyDictionary<string, string> Dependencies { get; init; } = new Dictionary<string, string>();

    /// <summary>Settings the module exposes to administrators.</summary>
    public IReadOnlyList<ModuleSettingDefinition> Settings { get; init; } = [];

    /// <summary>Permissions the module defines.</summary>
    public IReadOnlyList<ModulePermission> Permissions { get; init; } = [];

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectNullableAnnotations = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Parses a manifest; throws <see cref="JsonException"/> when the text is not a valid manifest.</summary>
    public static ModuleManifest Parse(string json) =>
        JsonSerializer.Deserialize<ModuleManifest>(json, JsonOptions)
        ?? throw new JsonException("The manifest is empty.");
}

/// <summary>A setting a module exposes, with its type and default.</summary>
/// <param name="Name">Setting key inside the module's section.</param>
/// <param name="Type">One of string, integer, decimal, boolean.</param>
/// <param name="Default">Default value as text.</param>
/// <param name="Description">What the setting controls.</param>
public sealed record ModuleSettingDefinition(string Name, string Type, string? Default = null, string? Description = null);

/// <summary>A permission a module defines.</summary>
/// <param name="Name">Permission name, for example <c>core.customers.write</c>.</param>
/// <param name="Description">What it allows.</param>
public sealed record ModulePermission(string Name, string Description = "")
{
    /// <summary>
    /// Built-in roles that hold the permission by default (Orchard's stereotypes): <c>sales-manager</c>,
    /// <c>sales-user</c>. <c>tenant-admin</c> holds every permission whether listed or not.
    /// </summary>
    public IReadOnlyList<string> Grants { get; init; } = [];

    /// <summary>
    /// Operations this permission guards: entity operations as <c>&lt;entity&gt;.read|create|update|delete</c>
    /// and custom messages by name. An operation no permission covers requires a permission of its own name.
    /// </summary>
    public IReadOnlyList<string> Covers { get; init; } = [];
}
