using NSubstitute;
using Platform.Sdk.Data;
using Platform.Sdk.Pipeline;

namespace Platform.Modules.Core.Tests.Support;

/// <summary>Pipeline contexts built with NSubstitute.</summary>
public static class Contexts
{
    public static IPipelineContext For(string message, Entity target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var context = Substitute.For<IPipelineContext>();
        context.MessageName.Returns(message);
        context.EntityName.Returns(target.LogicalName);
        context.Stage.Returns(PipelineStage.PreOperation);
        context.Target.Returns(target);
        context.IsInTransaction.Returns(true);
        return context;
    }
}
