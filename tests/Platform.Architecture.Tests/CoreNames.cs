using System.Reflection;
using Platform.Modules.Core.Contracts;

namespace Platform.Architecture.Tests;

/// <summary>
/// Core's entity and attribute names, read by reflection from the contract (modules/Core/Contracts, compiled
/// into this assembly through build/Core.Contracts.props), so a name added to the contract is checked at once.
/// </summary>
internal static class CoreNames
{
    /// <summary>Every name (case-insensitive, as entities match attributes) with the contract members that spell it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> All { get; } = Read();

    private static Dictionary<string, IReadOnlyList<string>> Read()
    {
        var members = Constants(typeof(CoreEntities))
            .Concat(Constants(typeof(CoreAttributes)))
            .Concat(typeof(CoreAttributes).GetNestedTypes().SelectMany(Constants));
        return members
            .GroupBy(m => m.Value, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(m => m.Member).Order(StringComparer.Ordinal).ToList(), StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<(string Value, string Member)> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => ((string)f.GetRawConstantValue()!, $"{Path(type)}.{f.Name}"));

    private static string Path(Type type) => type.DeclaringType is { } outer ? $"{Path(outer)}.{type.Name}" : type.Name;
}
