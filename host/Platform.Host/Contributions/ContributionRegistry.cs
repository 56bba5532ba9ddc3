using System.Text.Json;
using Platform.Host.Modules;

namespace Platform.Host.Contributions;

/// <summary>One module's contribution: an implementation of an SDK contract, or data for a named contract.</summary>
/// <param name="Module">The contributing module.</param>
/// <param name="Contract">The contract: an SDK type's full name, or the named contract.</param>
/// <param name="ContractType">The SDK contract type, or null for a named contract.</param>
/// <param name="Implementation">The implementation type (a scoped service of the module), or null for data.</param>
/// <param name="Data">The data of a named contract's contribution.</param>
public sealed record ContributionEntry(ModuleDescriptor Module, string Contract, Type? ContractType, Type? Implementation, JsonElement Data);

/// <summary>
/// Every contribution of every loaded module, in load order (dependencies first) and then registration order.
/// Filled while the host starts, read-only afterwards. The host knows no kind of contribution: a new contract
/// needs no change here (ADR 0018).
/// </summary>
public sealed class ContributionRegistry
{
    private readonly List<ContributionEntry> _entries = [];
    private readonly Dictionary<string, ContributionEntry[]> _byContract = new(StringComparer.Ordinal);

    /// <summary>All contributions.</summary>
    public IReadOnlyList<ContributionEntry> Entries => _entries;

    /// <summary>The contributions to a contract (an SDK type's full name or a named contract).</summary>
    public IReadOnlyList<ContributionEntry> Of(string contract) => _byContract.TryGetValue(contract, out var entries) ? entries : [];

    internal void Add(IEnumerable<ContributionEntry> entries)
    {
        foreach (var entry in entries)
        {
            _entries.Add(entry);
            _byContract[entry.Contract] = [.. Of(entry.Contract), entry];
        }
    }
}
