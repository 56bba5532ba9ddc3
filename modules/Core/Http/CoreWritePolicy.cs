using Microsoft.Extensions.Options;
using Platform.Modules.Core.Settings;
using Platform.Sdk.Http;

namespace Platform.Modules.Core.Http;

/// <summary>The tenant's write rules for every module's entity endpoints, from Core's settings.</summary>
internal sealed class CoreWritePolicy(IOptionsSnapshot<CoreSettings> settings) : IEntityWritePolicy
{
    public bool RequireIfMatch => settings.Value.RequireIfMatch;

    public int MaxCollectionItems => settings.Value.MaxItemsPerList;
}
