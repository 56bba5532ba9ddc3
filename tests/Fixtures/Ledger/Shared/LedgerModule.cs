using Platform.Sdk.Http;
using Platform.Sdk.Modules;
using Platform.Sdk.Pipeline;

namespace Fixtures.Ledger;

/// <summary>
/// Upgrade fixture (fixtures.ledger, schema <c>ledger</c>): one entity with real migrations. Version 1
/// creates the entries table; version 2 adds a note column, a tags table and a unique index on the
/// entry code, which fails part-way in a tenant whose entries repeat a code.
/// </summary>
public sealed class LedgerModule : IModule
{
    /// <inheritdoc />
    public void Register(IModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddDbContext<LedgerDbContext>();
        builder.AddEntityStore<EntryStore>("ledgerentry");
        builder.AddSettings<LedgerSettings>();
        builder.AddStep<MaxAmountStep>(new StepRegistration(PipelineMessages.Create, "ledgerentry", PipelineStage.PreOperation));
        builder.MapEndpoints(e => e.MapEntityEndpoints<EntryInput>("/api/ledger/entries", "ledgerentry"));
    }
}
