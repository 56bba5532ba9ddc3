namespace Platform.Host.Tests.Support;

/// <summary>
/// The test class exists only when the environment variable is set (see <see cref="ProviderTestFramework"/>):
/// its tests are neither run nor reported as skipped otherwise. Used for SQL Server, which has no
/// throwaway server here; PostgreSQL tests always exist and fail without their server.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OnlyWithEnvironmentAttribute(string variable) : Attribute
{
    /// <summary>The variable that must be set.</summary>
    public string Variable { get; } = variable;

    /// <summary>True when the variable is set to something.</summary>
    public bool IsSatisfied => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable));
}
