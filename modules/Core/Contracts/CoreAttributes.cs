// Part of Core's source-only contract (ADR 0015).

namespace Platform.Modules.Core.Contracts;

/// <summary>
/// Attribute names (camelCase, as entities, REST bodies and query filters spell them) of every Core entity.
/// A module reads and writes Core's records with these instead of string literals.
/// </summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
static class CoreAttributes
{
    /// <summary>The record id of every entity (query filters and sorts; the entity itself carries it as <c>Id</c>).</summary>
    public const string Id = "id";

    /// <summary>Attributes of <c>customer</c>.</summary>
    public static class Customer
    {
        /// <summary>Unified customer code, unique.</summary>
        public const string Code = "code";

        /// <summary>Customer name (a person's name for consumers; personal information).</summary>
        public const string Name = "name";

        /// <summary>Industry, for example 零售 (retail) or 制造 (manufacturing).</summary>
        public const string Industry = "industry";

        /// <summary>Organisation size.</summary>
        public const string Size = "size";

        /// <summary>Kind of customer.</summary>
        public const string CustomerType = "customerType";

        /// <summary>Name of the person who decides purchases (personal information).</summary>
        public const string DecisionMaker = "decisionMaker";

        /// <summary>Contact phone (personal information).</summary>
        public const string Phone = "phone";

        /// <summary>Contact e-mail (personal information).</summary>
        public const string Email = "email";

        /// <summary>Resident identity card number (sensitive personal information under PIPL).</summary>
        public const string IdNumber = "idNumber";

        /// <summary>The city the customer belongs to.</summary>
        public const string RegionId = "regionId";

        /// <summary>When the customer was created, in UTC.</summary>
        public const string CreatedAt = "createdAt";
    }

    /// <summary>Attributes of <c>product</c>.</summary>
    public static class Product
    {
        /// <summary>Stock-keeping unit, unique.</summary>
        public const string Sku = "sku";

        /// <summary>Product name.</summary>
        public const string Name = "name";

        /// <summary>Product line (top of the product hierarchy line → series → SKU).</summary>
        public const string ProductLine = "productLine";

        /// <summary>Series within the product line.</summary>
        public const string Series = "series";

        /// <summary>Product category.</summary>
        public const string Category = "category";

        /// <summary>Unit cost.</summary>
        public const string UnitCost = "unitCost";

        /// <summary>Standard list price.</summary>
        public const string ListPrice = "listPrice";

        /// <summary>ISO 4217 currency of cost and price.</summary>
        public const string Currency = "currency";

        /// <summary>True while the product is sold.</summary>
        public const string Active = "active";
    }

    /// <summary>Attributes of <c>region</c>.</summary>
    public static class Region
    {
        /// <summary>Region code, unique (for example CN-ZJ or HANGZHOU).</summary>
        public const string Code = "code";

        /// <summary>Region name.</summary>
        public const string Name = "name";

        /// <summary>Level in the hierarchy.</summary>
        public const string Level = "level";

        /// <summary>The region one or more levels up; null for the national node.</summary>
        public const string ParentId = "parentId";

        /// <summary>Resident population, when known.</summary>
        public const string Population = "population";

        /// <summary>Purchasing power relative to the national average (1.0), when known.</summary>
        public const string PurchasingPowerIndex = "purchasingPowerIndex";
    }

    /// <summary>Attributes of <c>store</c>.</summary>
    public static class Store
    {
        /// <summary>Store code, unique.</summary>
        public const string Code = "code";

        /// <summary>Store name.</summary>
        public const string Name = "name";

        /// <summary>Store format.</summary>
        public const string Format = "format";

        /// <summary>Sales area in square metres.</summary>
        public const string AreaSqm = "areaSqm";

        /// <summary>Latitude in degrees (WGS 84).</summary>
        public const string Latitude = "latitude";

        /// <summary>Longitude in degrees (WGS 84).</summary>
        public const string Longitude = "longitude";

        /// <summary>The city the store is in.</summary>
        public const string RegionId = "regionId";

        /// <summary>Opening date (planned opening date for planned stores).</summary>
        public const string OpenedOn = "openedOn";

        /// <summary>Operating status.</summary>
        public const string Status = "status";
    }

    /// <summary>Attributes of <c>partner</c>.</summary>
    public static class Partner
    {
        /// <summary>Partner code, unique.</summary>
        public const string Code = "code";

        /// <summary>Partner's company name.</summary>
        public const string Name = "name";

        /// <summary>Kind of partner.</summary>
        public const string PartnerType = "partnerType";

        /// <summary>Programme tier.</summary>
        public const string Tier = "tier";

        /// <summary>The territory the partner covers, when assigned.</summary>
        public const string RegionId = "regionId";

        /// <summary>Contact person's name (personal information).</summary>
        public const string ContactName = "contactName";

        /// <summary>Contact person's phone (personal information).</summary>
        public const string ContactPhone = "contactPhone";

        /// <summary>Contact person's e-mail (personal information).</summary>
        public const string ContactEmail = "contactEmail";

        /// <summary>When the partner joined the programme.</summary>
        public const string JoinedOn = "joinedOn";
    }

    /// <summary>Attributes of <c>team</c>.</summary>
    public static class Team
    {
        /// <summary>Team code, unique.</summary>
        public const string Code = "code";

        /// <summary>Team name.</summary>
        public const string Name = "name";

        /// <summary>The territory the team covers, when assigned.</summary>
        public const string RegionId = "regionId";

        /// <summary>The sales rep who manages the team, when assigned.</summary>
        public const string ManagerRepId = "managerRepId";
    }

    /// <summary>Attributes of <c>salesrep</c>.</summary>
    public static class SalesRep
    {
        /// <summary>Employee number, unique.</summary>
        public const string EmployeeNo = "employeeNo";

        /// <summary>The rep's name (personal information).</summary>
        public const string Name = "name";

        /// <summary>The rep's team.</summary>
        public const string TeamId = "teamId";

        /// <summary>Monthly base salary.</summary>
        public const string BaseSalary = "baseSalary";

        /// <summary>ISO 4217 currency of the salary.</summary>
        public const string Currency = "currency";

        /// <summary>Work e-mail (personal information).</summary>
        public const string Email = "email";

        /// <summary>Work phone (personal information).</summary>
        public const string Phone = "phone";

        /// <summary>Hiring date.</summary>
        public const string HiredOn = "hiredOn";

        /// <summary>True while the rep is employed.</summary>
        public const string Active = "active";
    }

    /// <summary>Attributes of <c>order</c>.</summary>
    public static class Order
    {
        /// <summary>Order number, unique.</summary>
        public const string Number = "number";

        /// <summary>The customer who ordered.</summary>
        public const string CustomerId = "customerId";

        /// <summary>How the order was sold.</summary>
        public const string Channel = "channel";

        /// <summary>The store, for store orders.</summary>
        public const string StoreId = "storeId";

        /// <summary>The partner who sourced the order, for partner orders.</summary>
        public const string PartnerId = "partnerId";

        /// <summary>The sales rep credited with the order.</summary>
        public const string RepId = "repId";

        /// <summary>When the order was placed, in UTC.</summary>
        public const string OrderedAt = "orderedAt";

        /// <summary>Lifecycle status.</summary>
        public const string Status = "status";

        /// <summary>ISO 4217 currency of all amounts.</summary>
        public const string Currency = "currency";

        /// <summary>Sum of the line amounts; computed, never set by clients.</summary>
        public const string TotalAmount = "totalAmount";

        /// <summary>The order lines.</summary>
        public const string Lines = "lines";
    }

    /// <summary>Attributes of <c>orderline</c>.</summary>
    public static class OrderLine
    {
        /// <summary>The order the line belongs to.</summary>
        public const string OrderId = "orderId";

        /// <summary>Position of the line in the order, from 1.</summary>
        public const string LineNumber = "lineNumber";

        /// <summary>The product sold.</summary>
        public const string ProductId = "productId";

        /// <summary>Units sold, 1 or more.</summary>
        public const string Quantity = "quantity";

        /// <summary>List price per unit at the time of the order.</summary>
        public const string ListPrice = "listPrice";

        /// <summary>Net price per unit after discounts.</summary>
        public const string NetPrice = "netPrice";

        /// <summary>Quantity × net price, rounded by the module's money rounding; computed.</summary>
        public const string LineAmount = "lineAmount";

        /// <summary>When the line's order was placed (read only: the <c>orderline</c> entity carries its order's fields).</summary>
        public const string OrderedAt = "orderedAt";

        /// <summary>The order's status (read only).</summary>
        public const string Status = "status";

        /// <summary>The order's channel (read only).</summary>
        public const string Channel = "channel";

        /// <summary>The order's customer (read only).</summary>
        public const string CustomerId = "customerId";

        /// <summary>The order's store, for store orders (read only).</summary>
        public const string StoreId = "storeId";

        /// <summary>The order's partner, for partner orders (read only).</summary>
        public const string PartnerId = "partnerId";

        /// <summary>The order's sales rep (read only).</summary>
        public const string RepId = "repId";

        /// <summary>The order's currency (read only).</summary>
        public const string Currency = "currency";
    }

    /// <summary>Attributes of <c>inventoryposition</c>.</summary>
    public static class InventoryPosition
    {
        /// <summary>The product held.</summary>
        public const string ProductId = "productId";

        /// <summary>Where it is held: a store code, a warehouse code or a transit reference.</summary>
        public const string LocationCode = "locationCode";

        /// <summary>Kind of location.</summary>
        public const string LocationType = "locationType";

        /// <summary>Units physically on hand.</summary>
        public const string OnHand = "onHand";

        /// <summary>Units reserved for orders.</summary>
        public const string Reserved = "reserved";

        /// <summary>When the position was counted, in UTC.</summary>
        public const string AsOf = "asOf";
    }

    /// <summary>Attributes of <c>opportunity</c>.</summary>
    public static class Opportunity
    {
        /// <summary>Short description of the deal.</summary>
        public const string Name = "name";

        /// <summary>The customer the deal is with.</summary>
        public const string CustomerId = "customerId";

        /// <summary>The sales rep who owns the deal.</summary>
        public const string OwnerRepId = "ownerRepId";

        /// <summary>The partner who brought or works the deal, when there is one.</summary>
        public const string PartnerId = "partnerId";

        /// <summary>Expected deal value.</summary>
        public const string Amount = "amount";

        /// <summary>ISO 4217 currency of the amount.</summary>
        public const string Currency = "currency";

        /// <summary>When the deal is expected to close.</summary>
        public const string ExpectedCloseOn = "expectedCloseOn";

        /// <summary>Current funnel stage.</summary>
        public const string Stage = "stage";

        /// <summary>When the opportunity was created, in UTC.</summary>
        public const string CreatedAt = "createdAt";

        /// <summary>Every stage the opportunity entered, oldest first (read only).</summary>
        public const string StageHistory = "stageHistory";
    }

    /// <summary>Attributes of <c>opportunitystagechange</c>.</summary>
    public static class OpportunityStageChange
    {
        /// <summary>The opportunity.</summary>
        public const string OpportunityId = "opportunityId";

        /// <summary>The stage it left; null when the opportunity was created.</summary>
        public const string FromStage = "fromStage";

        /// <summary>The stage it entered.</summary>
        public const string ToStage = "toStage";

        /// <summary>When it entered the stage, in UTC.</summary>
        public const string ChangedAt = "changedAt";

        /// <summary>The user who changed the stage.</summary>
        public const string ChangedBy = "changedBy";
    }
}
