// Part of Core's source-only contract (ADR 0015): compiled into Core (public) and into each consuming
// module (internal). Entities carry these values by name (ToString, JSON, query filters); the database
// stores the number, so a member's name and number never change once published.

namespace Platform.Modules.Core.Contracts;

/// <summary>Size of a customer organisation.</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
enum CustomerSize
{
    /// <summary>Up to about 50 people, or an individual.</summary>
    Small = 0,
    /// <summary>About 50 to 500 people.</summary>
    Medium = 1,
    /// <summary>About 500 to 5,000 people.</summary>
    Large = 2,
    /// <summary>More than about 5,000 people.</summary>
    Enterprise = 3,
}

/// <summary>Kind of customer, used for channel choice and differentiated pricing.</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
enum CustomerType
{
    /// <summary>A private person.</summary>
    Consumer = 0,
    /// <summary>A small or medium business.</summary>
    SmallBusiness = 1,
    /// <summary>A key account managed by a named rep.</summary>
    KeyAccount = 2,
    /// <summary>A government body or public institution.</summary>
    Government = 3,
}

/// <summary>Level of a region in the sales territory hierarchy, from the top down.</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
enum RegionLevel
{
    /// <summary>The whole country.</summary>
    National = 0,
    /// <summary>A sales region such as East China.</summary>
    Region = 1,
    /// <summary>A province or province-level municipality.</summary>
    Province = 2,
    /// <summary>A city.</summary>
    City = 3,
}

/// <summary>Store format, each with its typical size and role.</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
enum StoreFormat
{
    /// <summary>Flagship store, at least 200 m², core business district, full range.</summary>
    Flagship = 0,
    /// <summary>Standard store, 80–150 m², community core, main products.</summary>
    Standard = 1,
    /// <summary>Convenience store, 30–50 m², high-traffic points, best sellers.</summary>
    Convenience = 2,
    /// <summary>Experience store, 100–180 m², new-market education.</summary>
    Experience = 3,
}

/// <summary>Operating status of a store.</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
enum StoreStatus
{
    /// <summary>Open and trading.</summary>
    Open = 0,
    /// <summary>Closed for good.</summary>
    Closed = 1,
    /// <summary>Planned, not yet open.</summary>
    Planned = 2,
}

/// <summary>Kind of channel partner.</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
enum PartnerType
{
    /// <summary>Sells on the brand's behalf for a commission.</summary>
    Agent = 0,
    /// <summary>Buys and resells to downstream resellers and stores.</summary>
    Distributor = 1,
    /// <summary>Sells to end customers.</summary>
    Reseller = 2,
    /// <summary>Delivers installation, support or other value-added services.</summary>
    ServiceProvider = 3,
}

/// <summary>Partner programme tier, from entry level up.</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
enum PartnerTier
{
    /// <summary>Registered, entry level.</summary>
    Registered = 0,
    /// <summary>Silver.</summary>
    Silver = 1,
    /// <summary>Gold.</summary>
    Gold = 2,
    /// <summary>Platinum, the top tier.</summary>
    Platinum = 3,
}

/// <summary>How an order was sold.</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
enum SalesChannel
{
    /// <summary>Sold directly by the brand's own reps.</summary>
    Direct = 0,
    /// <summary>Sourced by a channel partner.</summary>
    Partner = 1,
    /// <summary>Sold in one of the brand's stores.</summary>
    Store = 2,
    /// <summary>Sold online.</summary>
    Online = 3,
}

/// <summary>Lifecycle status of an order.</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
enum OrderStatus
{
    /// <summary>Being prepared; not yet binding.</summary>
    Draft = 0,
    /// <summary>Confirmed with the customer.</summary>
    Confirmed = 1,
    /// <summary>Delivered and invoiced.</summary>
    Completed = 2,
    /// <summary>Cancelled.</summary>
    Cancelled = 3,
}

/// <summary>Kind of place where stock is held.</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
enum LocationType
{
    /// <summary>A store; the location code is the store code.</summary>
    Store = 0,
    /// <summary>A warehouse or distribution centre.</summary>
    Warehouse = 1,
    /// <summary>Goods on the way between locations.</summary>
    InTransit = 2,
}

/// <summary>Funnel stage of an opportunity, in the order a deal moves through them.</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
enum OpportunityStage
{
    /// <summary>First contact made.</summary>
    InitialContact = 0,
    /// <summary>The customer's needs are confirmed.</summary>
    NeedsConfirmed = 1,
    /// <summary>A proposal was made.</summary>
    Proposal = 2,
    /// <summary>Terms are being negotiated.</summary>
    Negotiation = 3,
    /// <summary>Won (closed).</summary>
    ClosedWon = 4,
    /// <summary>Lost (closed).</summary>
    ClosedLost = 5,
}
