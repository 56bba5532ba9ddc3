using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;

namespace Platform.Sdk.Http;

/// <summary>Validates an input object by its data annotations, recursing into child objects and lists.</summary>
public static class InputValidator
{
    /// <summary>
    /// Collects field errors (camelCase paths such as <c>lines[2].quantity</c>). When
    /// <paramref name="onlyMembers"/> is given, only those top-level members are checked (partial updates).
    /// </summary>
    public static Dictionary<string, string[]> Validate(object input, IReadOnlySet<string>? onlyMembers = null)
    {
        var errors = new Dictionary<string, string[]>();
        Collect(input, "", errors, onlyMembers);
        return errors;
    }

    private static void Collect(object input, string prefix, Dictionary<string, string[]> errors, IReadOnlySet<string>? onlyMembers)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(member);
                if (onlyMembers is not null && !onlyMembers.Contains(name))
                {
                    continue;
                }
                var path = prefix + name;
                errors[path] = [.. errors.GetValueOrDefault(path, []), result.ErrorMessage ?? "Invalid value."];
            }
        }
        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (onlyMembers is not null && !onlyMembers.Contains(name))
            {
                continue;
            }
            if (property.PropertyType != typeof(string) && property.GetValue(input) is IEnumerable items)
            {
                var index = 0;
                foreach (var item in items)
                {
                    if (item is null)
                    {
                        errors[$"{prefix}{name}[{index}]"] = ["An item of the list may not be null."];
                    }
                    else if (item.GetType().IsClass && item is not string)
                    {
                        Collect(item, $"{prefix}{name}[{index}].", errors, null);
                    }
                    index++;
                }
            }
        }
    }
}
