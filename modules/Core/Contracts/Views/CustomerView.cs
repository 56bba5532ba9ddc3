// Part of Core's source-only contract (ADR 0015).
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Contracts;

/// <summary>Typed view of a customer (entity <c>customer</c>): an organisation or a person the company sells to.</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
sealed class CustomerView : CoreView
{
    /// <summary>Wraps a <c>customer</c> entity; attributes it lacks are read from <paramref name="fallback"/> (a pre-image) when given.</summary>
    public CustomerView(Entity entity, Entity? fallback = null)
        : base(entity, CoreEntities.Customer, fallback)
    {
    }

    /// <summary>A new, empty <c>customer</c>.</summary>
    public CustomerView()
        : this(new Entity(CoreEntities.Customer))
    {
    }

    /// <summary>Unified customer code, unique.</summary>
    public string? Code
    {
        get => Get<string?>(CoreAttributes.Customer.Code);
        set => Set(CoreAttributes.Customer.Code, value);
    }

    /// <summary>Customer name (a person's name for consumers; personal information).</summary>
    public string? Name
    {
        get => Get<string?>(CoreAttributes.Customer.Name);
        set => Set(CoreAttributes.Customer.Name, value);
    }

    /// <summary>Industry, for example 零售 (retail) or 制造 (manufacturing).</summary>
    public string? Industry
    {
        get => Get<string?>(CoreAttributes.Customer.Industry);
        set => Set(CoreAttributes.Customer.Industry, value);
    }

    /// <summary>Organisation size.</summary>
    public CustomerSize? Size
    {
        get => GetEnum<CustomerSize>(CoreAttributes.Customer.Size);
        set => SetEnum(CoreAttributes.Customer.Size, value);
    }

    /// <summary>Kind of customer.</summary>
    public CustomerType? CustomerType
    {
        get => GetEnum<CustomerType>(CoreAttributes.Customer.CustomerType);
        set => SetEnum(CoreAttributes.Customer.CustomerType, value);
    }

    /// <summary>Name of the person who decides purchases (personal information).</summary>
    public string? DecisionMaker
    {
        get => Get<string?>(CoreAttributes.Customer.DecisionMaker);
        set => Set(CoreAttributes.Customer.DecisionMaker, value);
    }

    /// <summary>Contact phone (personal information).</summary>
    public string? Phone
    {
        get => Get<string?>(CoreAttributes.Customer.Phone);
        set => Set(CoreAttributes.Customer.Phone, value);
    }

    /// <summary>Contact e-mail (personal information).</summary>
    public string? Email
    {
        get => Get<string?>(CoreAttributes.Customer.Email);
        set => Set(CoreAttributes.Customer.Email, value);
    }

    /// <summary>Resident identity card number (sensitive personal information under PIPL).</summary>
    public string? IdNumber
    {
        get => Get<string?>(CoreAttributes.Customer.IdNumber);
        set => Set(CoreAttributes.Customer.IdNumber, value);
    }

    /// <summary>The city the customer belongs to.</summary>
    public Guid? RegionId
    {
        get => Get<Guid?>(CoreAttributes.Customer.RegionId);
        set => Set(CoreAttributes.Customer.RegionId, value);
    }

    /// <summary>When the customer was created, in UTC.</summary>
    public DateTimeOffset? CreatedAt
    {
        get => Get<DateTimeOffset?>(CoreAttributes.Customer.CreatedAt);
        set => Set(CoreAttributes.Customer.CreatedAt, value);
    }
}
