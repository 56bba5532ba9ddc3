namespace Platform.Sdk.Http;

/// <summary>The operations on an entity that permissions guard, as used in <c>&lt;entity&gt;.&lt;operation&gt;</c>.</summary>
public static class EntityOperations
{
    /// <summary>Retrieve and list.</summary>
    public const string Read = "read";

    /// <summary>Create.</summary>
    public const string Create = "create";

    /// <summary>Partial update.</summary>
    public const string Update = "update";

    /// <summary>Delete.</summary>
    public const string Delete = "delete";
}
