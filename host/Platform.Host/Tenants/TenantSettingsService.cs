using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Catalog;
using Platform.Host.Modules;
using Platform.Host.Pipeline;
using Platform.Sdk.Http;

namespace Platform.Host.Tenants;

/// <summary>A module's settings for a tenant: what is in force, what the tenant set, and the contract.</summary>
public sealed record TenantSettingsView(string ModuleId, object Settings, JsonObject Overrides, IReadOnlyList<SettingsField> Fields);

/// <summary>Reads and writes a tenant's module settings, validated against the module's settings contract.</summary>
public sealed class TenantSettingsService(ModuleCatalog modules, CatalogDatabase catalog, TenantDirectory tenants, TimeProvider time)
{
    /// <summary>The settings in force for the tenant.</summary>
    public async Task<TenantSettingsView> GetAsync(string tenantId, string moduleId, CancellationToken cancellationToken)
    {
        var (tenant, contract) = await RequireAsync(tenantId, moduleId, cancellationToken);
        var stored = tenant.SettingsJson.GetValueOrDefault(moduleId);
        return new TenantSettingsView(moduleId, contract.Effective(stored), stored is null ? [] : JsonNode.Parse(stored)!.AsObject(), contract.Fields);
    }

    /// <summary>
    /// Replaces the tenant's settings of the module with the given fields (fields left out take the
    /// defaults). Unknown fields, wrong types and values the contract refuses are 400 problems naming the field.
    /// </summary>
    public async Task<TenantSettingsView> PutAsync(string tenantId, string moduleId, JsonElement body, string user, CancellationToken cancellationToken)
    {
        var (_, contract) = await RequireAsync(tenantId, moduleId, cancellationToken);
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw PlatformProblemException.Invalid("$", "The settings must be a JSON object.");
        }
        var values = JsonNode.Parse(body.GetRawText())!.AsObject();
        var known = contract.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = values.Select(v => v.Key).Where(k => !known.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new PlatformProblemException(400, "The settings are not valid.", $"Module {moduleId} has no such setting.",
                unknown.ToDictionary(k => k, k => new[] { $"Unknown setting; known settings: {string.Join(", ", known)}." }));
        }
        object effective;
        try
        {
            effective = contract.Overlay(values);
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path ? path[2..] : "$";
            throw PlatformProblemException.Invalid(field, "The value has the wrong type: " + e.Message.Split(" Path:", 2)[0]);
        }
        var errors = InputValidator.Validate(effective);
        if (errors.Count > 0)
        {
            throw new PlatformProblemException(400, "The settings are not valid.", $"The settings of {moduleId} break its contract.", errors);
        }
        var json = values.ToJsonString();
        await using (var db = catalog.Open())
        {
            var row = await db.TenantSettings.SingleOrDefaultAsync(s => s.TenantId == tenantId && s.ModuleId == moduleId, cancellationToken);
            if (row is null)
            {
                row = new TenantSettingsRow { TenantId = tenantId, ModuleId = moduleId };
                db.TenantSettings.Add(row);
            }
            row.Json = json;
            row.UpdatedBy = user;
            row.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
        tenants.Invalidate(tenantId);
        return new TenantSettingsView(moduleId, effective, values, contract.Fields);
    }

    private async Task<(TenantState Tenant, SettingsContractInfo Contract)> RequireAsync(string tenantId, string moduleId, CancellationToken cancellationToken)
    {
        var tenant = await tenants.GetFreshAsync(tenantId, cancellationToken) ?? throw PlatformProblemException.NotFound($"Tenant '{tenantId}' does not exist.");
        if (!tenant.Modules.ContainsKey(moduleId))
        {
            throw PlatformProblemException.NotFound($"Module {moduleId} is not installed for tenant '{tenantId}'.");
        }
        var module = modules.Modules.FirstOrDefault(m => m.Id == moduleId) ?? throw PlatformProblemException.NotFound($"Module {moduleId} is not loaded by this host.");
        var contract = modules.RegistrationsOf(module).Settings ?? throw PlatformProblemException.NotFound($"Module {moduleId} has no settings.");
        return (tenant, contract);
    }
}
