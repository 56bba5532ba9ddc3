// Part of Core's source-only contract (ADR 0015).
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Contracts;

/// <summary>Typed view of a line of an order (child entity <c>orderline</c>).</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
sealed class OrderLineView : CoreView
{
    /// <summary>Wraps an <c>orderline</c> entity; attributes it lacks are read from <paramref name="fallback"/> (a pre-image) when given.</summary>
    public OrderLineView(Entity entity, Entity? fallback = null)
        : base(entity, CoreEntities.OrderLine, fallback)
    {
    }

    /// <summary>A new, empty <c>orderline</c>.</summary>
    public OrderLineView()
        : this(new Entity(CoreEntities.OrderLine))
    {
    }

    /// <summary>The order the line belongs to.</summary>
    public Guid? OrderId
    {
        get => Get<Guid?>(CoreAttributes.OrderLine.OrderId);
        set => Set(CoreAttributes.OrderLine.OrderId, value);
    }

    /// <summary>Position of the line in the order, from 1.</summary>
    public int? LineNumber
    {
        get => Get<int?>(CoreAttributes.OrderLine.LineNumber);
        set => Set(CoreAttributes.OrderLine.LineNumber, value);
    }

    /// <summary>The product sold.</summary>
    public Guid? ProductId
    {
        get => Get<Guid?>(CoreAttributes.OrderLine.ProductId);
        set => Set(CoreAttributes.OrderLine.ProductId, value);
    }

    /// <summary>Units sold, 1 or more.</summary>
    public int? Quantity
    {
        get => Get<int?>(CoreAttributes.OrderLine.Quantity);
        set => Set(CoreAttributes.OrderLine.Quantity, value);
    }

    /// <summary>List price per unit at the time of the order.</summary>
    public decimal? ListPrice
    {
        get => Get<decimal?>(CoreAttributes.OrderLine.ListPrice);
        set => Set(CoreAttributes.OrderLine.ListPrice, value);
    }

    /// <summary>Net price per unit after discounts.</summary>
    public decimal? NetPrice
    {
        get => Get<decimal?>(CoreAttributes.OrderLine.NetPrice);
        set => Set(CoreAttributes.OrderLine.NetPrice, value);
    }

    /// <summary>Quantity × net price, rounded by the module's money rounding; computed.</summary>
    public decimal? LineAmount
    {
        get => Get<decimal?>(CoreAttributes.OrderLine.LineAmount);
        set => Set(CoreAttributes.OrderLine.LineAmount, value);
    }

    /// <summary>When the line's order was placed (the <c>orderline</c> entity's reads carry it; not sent with an order).</summary>
    public DateTimeOffset? OrderedAt => Get<DateTimeOffset?>(CoreAttributes.OrderLine.OrderedAt);

    /// <summary>The order's status, as the <c>orderline</c> entity reads it.</summary>
    public OrderStatus? Status => GetEnum<OrderStatus>(CoreAttributes.OrderLine.Status);

    /// <summary>The order's channel, as the <c>orderline</c> entity reads it.</summary>
    public SalesChannel? Channel => GetEnum<SalesChannel>(CoreAttributes.OrderLine.Channel);

    /// <summary>The order's customer, as the <c>orderline</c> entity reads it.</summary>
    public Guid? CustomerId => Get<Guid?>(CoreAttributes.OrderLine.CustomerId);

    /// <summary>The order's store, as the <c>orderline</c> entity reads it.</summary>
    public Guid? StoreId => Get<Guid?>(CoreAttributes.OrderLine.StoreId);

    /// <summary>The order's partner, as the <c>orderline</c> entity reads it.</summary>
    public Guid? PartnerId => Get<Guid?>(CoreAttributes.OrderLine.PartnerId);

    /// <summary>The order's sales rep, as the <c>orderline</c> entity reads it.</summary>
    public Guid? RepId => Get<Guid?>(CoreAttributes.OrderLine.RepId);

    /// <summary>The order's currency, as the <c>orderline</c> entity reads it.</summary>
    public string? Currency => Get<string?>(CoreAttributes.OrderLine.Currency);
}
