using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.Steps;

/// <summary>The reference and uniqueness rules of each Core entity.</summary>
internal static class ReferenceRules
{
    public static readonly IReadOnlyDictionary<string, Func<ReferenceChecker, CancellationToken, Task>> ByEntity =
        new Dictionary<string, Func<ReferenceChecker, CancellationToken, Task>>(StringComparer.OrdinalIgnoreCase)
        {
            [CoreEntities.Customer] = CustomerAsync,
            [CoreEntities.Product] = (c, ct) => c.UniqueAsync<ProductRow>(CoreAttributes.Product.Sku, nameof(ProductRow.Sku), ct),
            [CoreEntities.Region] = RegionRules.CheckAsync,
            [CoreEntities.Store] = StoreAsync,
            [CoreEntities.Partner] = PartnerAsync,
            [CoreEntities.Team] = TeamAsync,
            [CoreEntities.SalesRep] = SalesRepAsync,
            [CoreEntities.Order] = OrderRules.CheckChannelAsync, // the database enforces the order's references (ADR 0013)
            [CoreEntities.InventoryPosition] = InventoryRules.CheckAsync,
            [CoreEntities.Opportunity] = OpportunityRules.CheckAsync,
        };

    private static async Task CustomerAsync(ReferenceChecker c, CancellationToken ct)
    {
        await c.UniqueAsync<CustomerRow>(CoreAttributes.Customer.Code, nameof(CustomerRow.Code), ct);
        await c.RegionAsync(CoreAttributes.Customer.RegionId, RegionLevel.City, ct);
    }

    private static async Task StoreAsync(ReferenceChecker c, CancellationToken ct)
    {
        await c.UniqueAsync<StoreRow>(CoreAttributes.Store.Code, nameof(StoreRow.Code), ct);
        await c.RegionAsync(CoreAttributes.Store.RegionId, RegionLevel.City, ct);
    }

    private static async Task PartnerAsync(ReferenceChecker c, CancellationToken ct)
    {
        await c.UniqueAsync<PartnerRow>(CoreAttributes.Partner.Code, nameof(PartnerRow.Code), ct);
        await c.RegionAsync(CoreAttributes.Partner.RegionId, level: null, ct);
    }

    private static async Task TeamAsync(ReferenceChecker c, CancellationToken ct)
    {
        await c.UniqueAsync<TeamRow>(CoreAttributes.Team.Code, nameof(TeamRow.Code), ct);
        await c.RegionAsync(CoreAttributes.Team.RegionId, level: null, ct);
        await c.ExistsAsync<SalesRepRow>(CoreAttributes.Team.ManagerRepId, ct);
    }

    private static async Task SalesRepAsync(ReferenceChecker c, CancellationToken ct)
    {
        await c.UniqueAsync<SalesRepRow>(CoreAttributes.SalesRep.EmployeeNo, nameof(SalesRepRow.EmployeeNo), ct);
        await c.ExistsAsync<TeamRow>(CoreAttributes.SalesRep.TeamId, ct);
    }
}
