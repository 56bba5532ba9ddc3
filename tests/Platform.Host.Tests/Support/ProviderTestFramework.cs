using System.Reflection;
using Platform.Host.Tests.Support;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Platform.Host.Tests.Support.ProviderTestFramework", "Platform.Host.Tests")]

namespace Platform.Host.Tests.Support;

/// <summary>
/// xunit's own framework, except that a class marked <see cref="OnlyWithEnvironmentAttribute"/> is not
/// discovered while its variable is unset, so no test of it is run or reported (a skipped test fails tools/test.sh).
/// </summary>
public sealed class ProviderTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    /// <inheritdoc />
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    /// <inheritdoc />
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private static bool IsAvailable(ITypeInfo type) =>
        type is not IReflectionTypeInfo reflected || reflected.Type.GetCustomAttribute<OnlyWithEnvironmentAttribute>() is not { IsSatisfied: false };

    private sealed class Discoverer(IAssemblyInfo assembly, ISourceInformationProvider sources, IMessageSink sink)
        : XunitTestFrameworkDiscoverer(assembly, sources, sink)
    {
        protected override bool IsValidTestClass(ITypeInfo type) => base.IsValidTestClass(type) && IsAvailable(type);
    }

    private sealed class Executor(AssemblyName assembly, ISourceInformationProvider sources, IMessageSink sink)
        : XunitTestFrameworkExecutor(assembly, sources, sink)
    {
        protected override ITestFrameworkDiscoverer CreateDiscoverer() => new Discoverer(AssemblyInfo, SourceInformationProvider, DiagnosticMessageSink);
    }
}
