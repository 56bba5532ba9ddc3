using Platform.Host.Pipeline;
using Platform.Sdk.Contributions;

namespace Platform.Host.Contributions;

/// <summary>
/// The SDK's <see cref="IContributions"/>: the registry's contributions of the modules running on this host and
/// enabled for the calling tenant. Scoped, so typed contributions are resolved in the caller's scope.
/// </summary>
internal sealed class TenantContributions(ContributionRegistry registry, RequestContext request, IServiceProvider services) : IContributions
{
    public IReadOnlyList<Contribution<TContract>> Get<TContract>() where TContract : class =>
        [.. Active(typeof(TContract).FullName!).Where(e => e.Implementation is not null).Select(e => new Contribution<TContract>(e.Module.Id, (TContract)services.GetRequiredService(e.Implementation!)))];

    public IReadOnlyList<DataContribution> Get(string contract)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contract);
        return [.. Active(contract).Where(e => e.Implementation is null).Select(e => new DataContribution(e.Module.Id, e.Contract, e.Data))];
    }

    private IEnumerable<ContributionEntry> Active(string contract) =>
        registry.Of(contract).Where(e => e.Module.IsRunning && request.IsModuleEnabled(e.Module.Id));
}
