// Part of Core's source-only contract (ADR 0015).
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Contracts;

/// <summary>Typed view of a sales order (entity <c>order</c>) with its lines.</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
sealed class OrderView : CoreView
{
    /// <summary>Wraps an <c>order</c> entity; attributes it lacks are read from <paramref name="fallback"/> (a pre-image) when given.</summary>
    public OrderView(Entity entity, Entity? fallback = null)
        : base(entity, CoreEntities.Order, fallback)
    {
    }

    /// <summary>A new, empty <c>order</c>.</summary>
    public OrderView()
        : this(new Entity(CoreEntities.Order))
    {
    }

    /// <summary>Order number, unique.</summary>
    public string? Number
    {
        get => Get<string?>(CoreAttributes.Order.Number);
        set => Set(CoreAttributes.Order.Number, value);
    }

    /// <summary>The customer who ordered.</summary>
    public Guid? CustomerId
    {
        get => Get<Guid?>(CoreAttributes.Order.CustomerId);
        set => Set(CoreAttributes.Order.CustomerId, value);
    }

    /// <summary>How the order was sold.</summary>
    public SalesChannel? Channel
    {
        get => GetEnum<SalesChannel>(CoreAttributes.Order.Channel);
        set => SetEnum(CoreAttributes.Order.Channel, value);
    }

    /// <summary>The store, for store orders.</summary>
    public Guid? StoreId
    {
        get => Get<Guid?>(CoreAttributes.Order.StoreId);
        set => Set(CoreAttributes.Order.StoreId, value);
    }

    /// <summary>The partner who sourced the order, for partner orders.</summary>
    public Guid? PartnerId
    {
        get => Get<Guid?>(CoreAttributes.Order.PartnerId);
        set => Set(CoreAttributes.Order.PartnerId, value);
    }

    /// <summary>The sales rep credited with the order.</summary>
    public Guid? RepId
    {
        get => Get<Guid?>(CoreAttributes.Order.RepId);
        set => Set(CoreAttributes.Order.RepId, value);
    }

    /// <summary>When the order was placed, in UTC.</summary>
    public DateTimeOffset? OrderedAt
    {
        get => Get<DateTimeOffset?>(CoreAttributes.Order.OrderedAt);
        set => Set(CoreAttributes.Order.OrderedAt, value);
    }

    /// <summary>Lifecycle status.</summary>
    public OrderStatus? Status
    {
        get => GetEnum<OrderStatus>(CoreAttributes.Order.Status);
        set => SetEnum(CoreAttributes.Order.Status, value);
    }

    /// <summary>ISO 4217 currency of all amounts.</summary>
    public string? Currency
    {
        get => Get<string?>(CoreAttributes.Order.Currency);
        set => Set(CoreAttributes.Order.Currency, value);
    }

    /// <summary>Sum of the line amounts; computed, never set by clients.</summary>
    public decimal? TotalAmount
    {
        get => Get<decimal?>(CoreAttributes.Order.TotalAmount);
        set => Set(CoreAttributes.Order.TotalAmount, value);
    }

    /// <summary>
    /// The lines (child <c>orderline</c> entities in line order), or null when the entity holds none (the
    /// fallback is not read for lines). Reading keeps a sent sequence as a list on the entity, so changes
    /// made through the line views, and lines added with <see cref="AddLine"/>, are what the store receives.
    /// </summary>
    public IReadOnlyList<OrderLineView>? Lines
    {
        get => LineEntities()?.Select(l => new OrderLineView(l)).ToList();
        set => Set(CoreAttributes.Order.Lines, value?.Select(l => l.Entity).ToList());
    }

    /// <summary>Appends a new, empty line to <see cref="Lines"/> and returns it.</summary>
    public OrderLineView AddLine()
    {
        var lines = LineEntities();
        if (lines is null)
        {
            lines = [];
            Set(CoreAttributes.Order.Lines, lines);
        }
        var line = new OrderLineView();
        lines.Add(line.Entity);
        return line;
    }

    private List<Entity>? LineEntities()
    {
        switch (Entity[CoreAttributes.Order.Lines])
        {
            case List<Entity> list:
                return list;
            case IEnumerable<Entity> sent:
                var copy = sent.ToList();
                Set(CoreAttributes.Order.Lines, copy);
                return copy;
            default:
                return null;
        }
    }
}
