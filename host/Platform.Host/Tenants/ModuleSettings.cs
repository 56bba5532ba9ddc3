using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Platform.Host.Pipeline;
using Platform.Sdk.Http;

namespace Platform.Host.Tenants;

/// <summary>A module's settings contract: its settings class and the host-wide defaults bound from configuration.</summary>
public sealed record SettingsContractInfo(string ModuleId, Type SettingsType, object Defaults)
{
    private readonly ConcurrentDictionary<string, object> _effective = new(StringComparer.Ordinal);

    /// <summary>
    /// The effective settings: the defaults overlaid with the tenant's stored values (a JSON object of the
    /// fields the tenant set). Cached per stored text; callers must not change the object.
    /// </summary>
    public object Effective(string? storedJson) =>
        storedJson is null ? Defaults : _effective.GetOrAdd(storedJson, json => Overlay(JsonNode.Parse(json)!.AsObject()));

    /// <summary>Overlays values on the defaults; throws <see cref="JsonException"/> for wrong types or unknown fields.</summary>
    public object Overlay(JsonObject values)
    {
        var merged = JsonSerializer.SerializeToNode(Defaults, SettingsType, EntityEndpoints.InputJson)!.AsObject();
        foreach (var (name, value) in values)
        {
            merged[name] = value?.DeepClone();
        }
        return merged.Deserialize(SettingsType, EntityEndpoints.InputJson)
            ?? throw new JsonException("The settings are empty.");
    }

    /// <summary>The settings' fields for forms: name, type, default value and validation rules.</summary>
    public IReadOnlyList<SettingsField> Fields => _fields ??= DescribeFields();

    private IReadOnlyList<SettingsField>? _fields;

    private List<SettingsField> DescribeFields() =>
        SettingsType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => new SettingsField(
            JsonNamingPolicy.CamelCase.ConvertName(p.Name),
            (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).Name,
            p.GetValue(Defaults),
            p.GetCustomAttributes<System.ComponentModel.DataAnnotations.ValidationAttribute>().Select(Describe).ToList())).ToList();

    private static string Describe(System.ComponentModel.DataAnnotations.ValidationAttribute attribute) => attribute switch
    {
        System.ComponentModel.DataAnnotations.RangeAttribute r => $"range {r.Minimum}..{r.Maximum}",
        System.ComponentModel.DataAnnotations.RequiredAttribute => "required",
        System.ComponentModel.DataAnnotations.StringLengthAttribute s => $"length {s.MinimumLength}..{s.MaximumLength}",
        System.ComponentModel.DataAnnotations.RegularExpressionAttribute x => $"pattern {x.Pattern}",
        _ => attribute.GetType().Name.Replace("Attribute", "", StringComparison.Ordinal),
    };
}

/// <summary>One settings field.</summary>
public sealed record SettingsField(string Name, string Type, object? Default, IReadOnlyList<string> Rules);

/// <summary>The calling tenant's settings of a module, as <see cref="IOptionsSnapshot{TOptions}"/> (scoped, per request).</summary>
internal sealed class TenantSettingsSnapshot<TSettings>(RequestContext request, SettingsContractInfo contract) : IOptionsSnapshot<TSettings>
    where TSettings : class
{
    private TSettings? _value;

    public TSettings Value => _value ??= (TSettings)contract.Effective(request.Tenant?.SettingsJson.GetValueOrDefault(contract.ModuleId));

    public TSettings Get(string? name) => Value;
}
