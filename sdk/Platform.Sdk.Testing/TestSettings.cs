using Microsoft.Extensions.Options;

namespace Platform.Sdk.Testing;

/// <summary>Settings for unit tests of code that reads a tenant's settings through <see cref="IOptionsSnapshot{TOptions}"/>.</summary>
public static class TestSettings
{
    /// <summary>A snapshot that always answers <paramref name="value"/>.</summary>
    public static IOptionsSnapshot<TSettings> Snapshot<TSettings>(TSettings value) where TSettings : class => new FixedSnapshot<TSettings>(value);

    private sealed class FixedSnapshot<TSettings>(TSettings value) : IOptionsSnapshot<TSettings> where TSettings : class
    {
        public TSettings Value => value;

        public TSettings Get(string? name) => value;
    }
}
