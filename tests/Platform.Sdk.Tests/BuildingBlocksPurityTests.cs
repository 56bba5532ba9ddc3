using System.Reflection;
using Platform.Sdk.Tiers;

namespace Platform.Sdk.Tests;

/// <summary>The shared building blocks are pure code: nothing in their signatures comes from EF Core or ASP.NET Core.</summary>
public sealed class BuildingBlocksPurityTests
{
    private static readonly string[] Namespaces = ["Platform.Sdk.Monetary", "Platform.Sdk.Tiers", "Platform.Sdk.Time"];

    private static readonly string[] Forbidden = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions"];

    [Fact]
    public void BuildingBlockTypes_UseNeitherEfCoreNorAspNetCore()
    {
        var types = typeof(TierTable).Assembly.GetTypes().Where(t => Namespaces.Contains(t.Namespace)).ToList();
        Assert.True(types.Count > 20, $"Only {types.Count} building-block types found.");

        var violations = types
            .SelectMany(t => SignatureTypes(t).Where(IsForbidden).Select(used => $"{t.FullName} uses {used.FullName}"))
            .Distinct()
            .ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void TheCheck_CatchesAForbiddenType()
    {
        Assert.True(IsForbidden(typeof(Microsoft.EntityFrameworkCore.DbContext)));
        Assert.False(IsForbidden(typeof(decimal)));
    }

    private static bool IsForbidden(Type type) =>
        Forbidden.Any(prefix => type.Assembly.GetName().Name!.StartsWith(prefix, StringComparison.Ordinal));

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var used = new List<Type?> { type.BaseType };
        used.AddRange(type.GetInterfaces());
        used.AddRange(type.GetFields(all).Select(f => f.FieldType));
        used.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            used.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info)
            {
                used.Add(info.ReturnType);
            }
            used.AddRange(method.GetMethodBody()?.LocalVariables.Select(l => l.LocalType) ?? []);
        }
        return used.OfType<Type>().SelectMany(Expand);
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            return Expand(type.GetElementType()!);
        }
        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Expand).Prepend(type) : [type];
    }
}
