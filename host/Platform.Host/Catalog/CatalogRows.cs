namespace Platform.Host.Catalog;

/// <summary>Whether a tenant's keys are accepted.</summary>
public enum TenantStatus
{
    /// <summary>In use.</summary>
    Active,

    /// <summary>Kept, but every request with its keys is refused.</summary>
    Suspended,
}

/// <summary>A company using the platform, with its own database.</summary>
public sealed class TenantRow
{
    /// <summary>Lower-case slug, also part of the tenant's database name.</summary>
    public string Id { get; set; } = "";

    /// <summary>Display name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Active or suspended.</summary>
    public TenantStatus Status { get; set; }

    /// <summary>When the tenant was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the status last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Where a module stands in one tenant.</summary>
public enum TenantModuleStatus
{
    /// <summary>Schema migrated, steps and endpoints active.</summary>
    Enabled,

    /// <summary>Data kept; steps stopped and endpoints answer 404.</summary>
    Disabled,

    /// <summary>Enabled, but migrating to the installed version failed: the tenant stays on the old schema and the module is unavailable to it.</summary>
    Failed,
}

/// <summary>A module's state in one tenant.</summary>
public sealed class TenantModuleRow
{
    /// <summary>The tenant.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>The module id.</summary>
    public string ModuleId { get; set; } = "";

    /// <summary>Enabled, disabled or failed.</summary>
    public TenantModuleStatus Status { get; set; }

    /// <summary>The module version whose schema the tenant's database holds.</summary>
    public string SchemaVersion { get; set; } = "";

    /// <summary>Why the last migration failed, when it did.</summary>
    public string? Error { get; set; }

    /// <summary>When this row last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A tenant's settings for one module, as JSON of the module's settings contract.</summary>
public sealed class TenantSettingsRow
{
    /// <summary>The tenant.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>The module id.</summary>
    public string ModuleId { get; set; } = "";

    /// <summary>The full settings object, validated against the contract when written.</summary>
    public string Json { get; set; } = "{}";

    /// <summary>Who wrote them.</summary>
    public string UpdatedBy { get; set; } = "";

    /// <summary>When.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>An API key: only its hash is kept.</summary>
public sealed class ApiKeyRow
{
    /// <summary>Public key id (part of the key text).</summary>
    public Guid Id { get; set; }

    /// <summary>The tenant it belongs to; null for a platform administrator's key.</summary>
    public string? TenantId { get; set; }

    /// <summary>The role the key was issued with (see <see cref="Auth.Roles"/>); what the key may do comes from its principal's roles.</summary>
    public string Role { get; set; } = "";

    /// <summary>The principal the key works for; null only for keys issued before principals existed, until start-up gives each one its own.</summary>
    public Guid? PrincipalId { get; set; }

    /// <summary>What the key is for.</summary>
    public string Name { get; set; } = "";

    /// <summary>SHA-256 of the secret part, hex.</summary>
    public string SecretHash { get; set; } = "";

    /// <summary>When it was issued.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was revoked, if it was.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>A module version this host (or an earlier start of it) has installed.</summary>
public sealed class InstalledModuleRow
{
    /// <summary>The module id.</summary>
    public string ModuleId { get; set; } = "";

    /// <summary>The version loaded at the last start.</summary>
    public string Version { get; set; } = "";

    /// <summary>When that version was first seen.</summary>
    public DateTimeOffset InstalledAt { get; set; }
}

/// <summary>One pipeline step's trace (kept for <c>Platform:Traces:RetentionDays</c>).</summary>
public sealed class TraceRow
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>The tenant.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>Correlation id of the request.</summary>
    public Guid CorrelationId { get; set; }

    /// <summary>When the step ran.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The step's module.</summary>
    public string ModuleId { get; set; } = "";

    /// <summary>The step's name.</summary>
    public string Step { get; set; } = "";

    /// <summary>The message.</summary>
    public string Message { get; set; } = "";

    /// <summary>The entity, if any.</summary>
    public string? Entity { get; set; }

    /// <summary>Pipeline stage number.</summary>
    public int Stage { get; set; }

    /// <summary>Nesting depth.</summary>
    public int Depth { get; set; }

    /// <summary>succeeded, aborted: …, failed: …, timed out.</summary>
    public string Outcome { get; set; } = "";

    /// <summary>The traced lines, as a JSON array.</summary>
    public string LinesJson { get; set; } = "[]";
}
