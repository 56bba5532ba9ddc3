using System.Reflection;
using Platform.Sdk.Modules;

namespace Platform.Host.Modules;

/// <summary>Running, faulted or disabled.</summary>
public enum ModuleState
{
    /// <summary>Loaded and started; its steps and endpoints are live.</summary>
    Running,

    /// <summary>Refused or failed; the reason says why. Its steps and endpoints are off.</summary>
    Faulted,

    /// <summary>Switched off by configuration; its steps and endpoints are off.</summary>
    Disabled,
}

/// <summary>One module the host found: its manifest, where it lives, and how it is doing.</summary>
public sealed class ModuleDescriptor(ModuleManifest manifest, string directory)
{
    private volatile ModuleState _state = ModuleState.Running;

    /// <summary>The module's manifest.</summary>
    public ModuleManifest Manifest { get; } = manifest;

    /// <summary>The folder holding module.json and the assemblies.</summary>
    public string Directory { get; } = directory;

    /// <summary>The module id.</summary>
    public string Id => Manifest.Id;

    /// <summary>Current state; read on every pipeline step and endpoint call.</summary>
    public ModuleState State => _state;

    /// <summary>Why the module is faulted, or null.</summary>
    public string? FaultReason { get; private set; }

    /// <summary>The module's main assembly, once loaded.</summary>
    public Assembly? Assembly { get; set; }

    /// <summary>The module's entry point, once created.</summary>
    public IModule? Instance { get; set; }

    /// <summary>True while the module's steps and endpoints may run.</summary>
    public bool IsRunning => _state == ModuleState.Running;

    /// <summary>Marks the module faulted with a readable reason; the first reason wins.</summary>
    public void Fault(string reason)
    {
        if (_state != ModuleState.Faulted)
        {
            FaultReason = reason;
            _state = ModuleState.Faulted;
        }
    }

    /// <summary>Marks the module disabled.</summary>
    public void Disable() => _state = ModuleState.Disabled;
}
