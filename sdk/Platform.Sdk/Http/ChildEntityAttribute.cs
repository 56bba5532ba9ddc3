namespace Platform.Sdk.Http;

/// <summary>Marks a list property of an input class as child rows of the given entity (for example order lines).</summary>
/// <param name="logicalName">The child entity's logical name.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ChildEntityAttribute(string logicalName) : Attribute
{
    /// <summary>The child entity's logical name.</summary>
    public string LogicalName { get; } = logicalName;
}
