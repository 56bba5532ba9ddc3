using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Sdk.Modules;

namespace Fixtures.BuiltAgainstNewerExtensions;

/// <summary>
/// Compiled against Microsoft.Extensions.Logging.Abstractions 11.0.0.0, newer than the host's. The host
/// shares that assembly, so loading the module would bind it to the host's older copy; it must refuse it.
/// </summary>
public sealed class BuiltAgainstNewerExtensionsModule : IModule
{
    /// <inheritdoc />
    public void Register(IModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ILogger logger = NullLogger.Instance;
        logger.LogInformation("Registering {Module}", builder.Manifest.Id);
    }
}
