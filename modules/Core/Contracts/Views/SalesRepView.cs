// Part of Core's source-only contract (ADR 0015).
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Contracts;

/// <summary>Typed view of a sales representative (entity <c>salesrep</c>).</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
sealed class SalesRepView : CoreView
{
    /// <summary>Wraps a <c>salesrep</c> entity; attributes it lacks are read from <paramref name="fallback"/> (a pre-image) when given.</summary>
    public SalesRepView(Entity entity, Entity? fallback = null)
        : base(entity, CoreEntities.SalesRep, fallback)
    {
    }

    /// <summary>A new, empty <c>salesrep</c>.</summary>
    public SalesRepView()
        : this(new Entity(CoreEntities.SalesRep))
    {
    }

    /// <summary>Employee number, unique.</summary>
    public string? EmployeeNo
    {
        get => Get<string?>(CoreAttributes.SalesRep.EmployeeNo);
        set => Set(CoreAttributes.SalesRep.EmployeeNo, value);
    }

    /// <summary>The rep's name (personal information).</summary>
    public string? Name
    {
        get => Get<string?>(CoreAttributes.SalesRep.Name);
        set => Set(CoreAttributes.SalesRep.Name, value);
    }

    /// <summary>The rep's team.</summary>
    public Guid? TeamId
    {
        get => Get<Guid?>(CoreAttributes.SalesRep.TeamId);
        set => Set(CoreAttributes.SalesRep.TeamId, value);
    }

    /// <summary>Monthly base salary.</summary>
    public decimal? BaseSalary
    {
        get => Get<decimal?>(CoreAttributes.SalesRep.BaseSalary);
        set => Set(CoreAttributes.SalesRep.BaseSalary, value);
    }

    /// <summary>ISO 4217 currency of the salary.</summary>
    public string? Currency
    {
        get => Get<string?>(CoreAttributes.SalesRep.Currency);
        set => Set(CoreAttributes.SalesRep.Currency, value);
    }

    /// <summary>Work e-mail (personal information).</summary>
    public string? Email
    {
        get => Get<string?>(CoreAttributes.SalesRep.Email);
        set => Set(CoreAttributes.SalesRep.Email, value);
    }

    /// <summary>Work phone (personal information).</summary>
    public string? Phone
    {
        get => Get<string?>(CoreAttributes.SalesRep.Phone);
        set => Set(CoreAttributes.SalesRep.Phone, value);
    }

    /// <summary>Hiring date.</summary>
    public DateOnly? HiredOn
    {
        get => Get<DateOnly?>(CoreAttributes.SalesRep.HiredOn);
        set => Set(CoreAttributes.SalesRep.HiredOn, value);
    }

    /// <summary>True while the rep is employed.</summary>
    public bool? Active
    {
        get => Get<bool?>(CoreAttributes.SalesRep.Active);
        set => Set(CoreAttributes.SalesRep.Active, value);
    }
}
