using System.ComponentModel.DataAnnotations;

namespace Platform.Sdk.Settings;

/// <summary>
/// Validates a module's settings class by its data-annotation attributes. The host runs it when the
/// module registers its settings and refuses to start the module on invalid settings.
/// </summary>
public static class SettingsContract
{
    /// <summary>Field errors of <paramref name="settings"/> (property name to messages); empty when valid.</summary>
    public static IDictionary<string, string[]> Validate(object settings)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(settings, new ValidationContext(settings), results, validateAllProperties: true);
        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: m, r.ErrorMessage)))
            .GroupBy(x => x.Member)
            .ToDictionary(g => g.Key, g => g.Select(x => x.ErrorMessage ?? "Invalid value.").ToArray());
    }
}
