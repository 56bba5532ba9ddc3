namespace Platform.Modules.Core.Data;

/// <summary>
/// The database trigger that refuses an order line whose product is inactive (ADR 0013). Each provider's
/// migration <c>AddOrderLineProductActiveTrigger</c> creates it in that provider's SQL; the model declares it because
/// SQL Server cannot use an OUTPUT clause on a table with triggers.
/// </summary>
public static class OrderLineProductActiveTrigger
{
    /// <summary>The trigger's name (on SQLite, the insert trigger; the update trigger adds <c>_update</c>).</summary>
    public const string Name = "order_lines_product_active";
}
