using System.Collections;
using System.Reflection;
using System.Text.Json;
using Platform.Sdk.Data;

namespace Platform.Sdk.Http;

/// <summary>Turns a validated input object into an <see cref="Entity"/>.</summary>
internal static class InputMapper
{
    /// <summary>
    /// Copies the input's properties (only <paramref name="onlyMembers"/> when given) to attributes with
    /// camelCase names; lists marked with <see cref="ChildEntityAttribute"/> become lists of child entities.
    /// </summary>
    public static Entity ToEntity(object input, string entityName, Guid id = default, IReadOnlySet<string>? onlyMembers = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var entity = new Entity(entityName, id);
        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (onlyMembers is not null && !onlyMembers.Contains(name))
            {
                continue;
            }
            var value = property.GetValue(input);
            if (property.GetCustomAttribute<ChildEntityAttribute>() is { } child)
            {
                var children = new List<Entity>();
                foreach (var item in (IEnumerable?)value ?? Array.Empty<object>())
                {
                    children.Add(ToEntity(item, child.LogicalName));
                }
                entity[name] = children;
            }
            else
            {
                entity[name] = value;
            }
        }
        return entity;
    }
}
