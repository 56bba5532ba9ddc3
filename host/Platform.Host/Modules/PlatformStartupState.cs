namespace Platform.Host.Modules;

/// <summary>Whether <see cref="PlatformStartup"/> has finished (catalog migrated, tenants upgraded, modules started).</summary>
internal sealed class PlatformStartupState
{
    private volatile bool _completed;

    public bool Completed => _completed;

    public void Complete() => _completed = true;
}
