using System.ComponentModel.DataAnnotations;

namespace Fixtures.Ledger;

/// <summary>A ledger entry (entity <c>ledgerentry</c>).</summary>
public sealed class EntryRow
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>Code; version 2 makes it unique.</summary>
    public string Code { get; set; } = "";

    /// <summary>Amount.</summary>
    public decimal Amount { get; set; }
#if LEDGER_V2

    /// <summary>Free text (version 2).</summary>
    public string? Note { get; set; }
#endif
}
#if LEDGER_V2

/// <summary>A tag (version 2).</summary>
public sealed class TagRow
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>Name.</summary>
    public string Name { get; set; } = "";
}
#endif

/// <summary>Body of <c>POST/PATCH /api/ledger/entries</c>.</summary>
public sealed class EntryInput
{
    /// <summary>Code.</summary>
    [Required, StringLength(40, MinimumLength = 1)]
    public string? Code { get; set; }

    /// <summary>Amount.</summary>
    [Required, Range(-1_000_000d, 1_000_000d)]
    public decimal? Amount { get; set; }
}

/// <summary>Settings of the ledger, overridable per tenant.</summary>
public sealed class LedgerSettings
{
    /// <summary>Largest amount an entry may have.</summary>
    [Range(1, 1_000_000)]
    public int MaxAmount { get; set; } = 1_000;

    /// <summary>Currency of amounts.</summary>
    [Required, RegularExpression("^[A-Z]{3}$")]
    public string Currency { get; set; } = "CNY";
}

/// <summary>Main operation of <c>ledgerentry</c>.</summary>
public sealed class EntryStore(LedgerDbContext context) : Platform.Sdk.Data.EfEntityStore<LedgerDbContext, EntryRow>(context, "ledgerentry");
