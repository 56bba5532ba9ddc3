using System.Text.Json;

namespace Platform.Sdk.Contributions;

/// <summary>
/// The contributions of every module that is running and enabled for the calling tenant, in module load order
/// (dependencies first), then in the order each module registered them. Scoped: typed contributions are
/// resolved in the caller's scope, so they work inside the caller's operation.
/// </summary>
public interface IContributions
{
    /// <summary>
    /// The implementations of an SDK contract (a type of a shared assembly, such as
    /// <see cref="PersonalData.IPersonalDataProvider"/>) that modules contributed with
    /// <c>Contribute&lt;TContract, TImplementation&gt;()</c>.
    /// </summary>
    IReadOnlyList<Contribution<TContract>> Get<TContract>() where TContract : class;

    /// <summary>The data contributed to a named contract with <c>Contribute(contract, data)</c>.</summary>
    IReadOnlyList<DataContribution> Get(string contract);
}

/// <summary>One module's implementation of an SDK contract.</summary>
/// <param name="ModuleId">The contributing module.</param>
/// <param name="Value">The implementation, resolved in the caller's scope.</param>
public sealed record Contribution<TContract>(string ModuleId, TContract Value) where TContract : class;

/// <summary>
/// One module's contribution to a named contract: JSON data, because the contributing module and the one that
/// defined the contract share no types (each module has its own load context).
/// </summary>
/// <param name="ModuleId">The contributing module.</param>
/// <param name="Contract">The contract's name.</param>
/// <param name="Data">The contributed data (web JSON: camelCase).</param>
public sealed record DataContribution(string ModuleId, string Contract, JsonElement Data)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The data read into the caller's own type; throws <see cref="JsonException"/> when it does not fit.</summary>
    public T As<T>() => Data.Deserialize<T>(Json) ?? throw new JsonException($"The contribution of {ModuleId} to {Contract} is empty.");
}
