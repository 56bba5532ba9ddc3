namespace Platform.Sdk.Modules;

/// <summary>
/// Entity and custom message names are owned per module: <c>&lt;module id&gt;/&lt;name&gt;</c> names exactly one,
/// for example <c>platform.core/order</c>. An unqualified name (<c>order</c>) means the caller's own module's
/// entity or message when it has one, otherwise the only one of that name among the modules enabled for the
/// tenant; when several modules own it the call is refused as ambiguous.
/// </summary>
public static class QualifiedName
{
    /// <summary>Separates the owning module's id from the name.</summary>
    public const char Separator = '/';

    /// <summary>The qualified name of <paramref name="name"/> owned by <paramref name="moduleId"/>.</summary>
    public static string Of(string moduleId, string name) => moduleId + Separator + name;

    /// <summary>Splits a name into its module id (null when unqualified) and its name within the module.</summary>
    public static (string? ModuleId, string Name) Split(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var at = name.LastIndexOf(Separator);
        return at < 0 ? (null, name) : (name[..at], name[(at + 1)..]);
    }
}
