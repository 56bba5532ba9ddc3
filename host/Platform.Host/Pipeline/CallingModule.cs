using Platform.Host.Modules;

namespace Platform.Host.Pipeline;

/// <summary>
/// The module whose code is running (a step, a store, a message handler, an endpoint, a seeder): an unqualified
/// entity or message name it uses means its own first (ADR 0018). Flows with the async call; set at the start
/// of an async method, it reverts when that method returns.
/// </summary>
internal static class CallingModule
{
    private static readonly AsyncLocal<ModuleDescriptor?> Module = new();

    /// <summary>The running module, or null for platform code.</summary>
    public static ModuleDescriptor? Current => Module.Value;

    /// <summary>Marks <paramref name="module"/> as running for the rest of the calling async method.</summary>
    public static void Enter(ModuleDescriptor? module) => Module.Value = module;
}
