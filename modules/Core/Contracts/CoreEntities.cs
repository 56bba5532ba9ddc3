// Part of Core's source-only contract (ADR 0015).

namespace Platform.Modules.Core.Contracts;

/// <summary>Logical names of the entities the Core module owns.</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
static class CoreEntities
{
    /// <summary>Customers.</summary>
    public const string Customer = "customer";
    /// <summary>Products.</summary>
    public const string Product = "product";
    /// <summary>Regions.</summary>
    public const string Region = "region";
    /// <summary>Stores.</summary>
    public const string Store = "store";
    /// <summary>Channel partners.</summary>
    public const string Partner = "partner";
    /// <summary>Sales teams.</summary>
    public const string Team = "team";
    /// <summary>Sales reps.</summary>
    public const string SalesRep = "salesrep";
    /// <summary>Orders.</summary>
    public const string Order = "order";
    /// <summary>Order lines (children of orders).</summary>
    public const string OrderLine = "orderline";
    /// <summary>Inventory positions.</summary>
    public const string InventoryPosition = "inventoryposition";
    /// <summary>Sales opportunities.</summary>
    public const string Opportunity = "opportunity";
    /// <summary>Stage changes of an opportunity (children of opportunities, recorded by Core).</summary>
    public const string OpportunityStageChange = "opportunitystagechange";
}
