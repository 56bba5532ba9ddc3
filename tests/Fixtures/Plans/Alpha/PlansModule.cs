using Platform.Sdk.Modules;

namespace Fixtures.Plans;

/// <summary>
/// fixtures.plans-alpha: owns <c>plan</c> and <c>recalculate</c> (doubles the amount), and contributes a badge to
/// the contract <c>fixtures.badge-source</c> that fixtures.plans-beta defines, without referencing it.
/// </summary>
public sealed class PlansModule : IModule
{
    /// <summary>The module id.</summary>
    public const string Id = "fixtures.plans-alpha";

    /// <summary>What <c>recalculate</c> multiplies by.</summary>
    public const decimal Factor = 2m;

    /// <inheritdoc />
    public void Register(IModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddEntityStore<PlanStore>("plan")
            .AddMessage<RecalculateRequest, RecalculateResponse, RecalculateHandler>("recalculate")
            .Contribute("fixtures.badge-source", new { badge = "alpha-gold", message = Id + "/recalculate" })
            .MapEndpoints(e => PlanEndpoints.Map(e, "plans-alpha"));
    }
}
