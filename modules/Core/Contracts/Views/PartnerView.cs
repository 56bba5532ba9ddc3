// Part of Core's source-only contract (ADR 0015).
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Contracts;

/// <summary>Typed view of a channel partner: agent, distributor, reseller or service provider (entity <c>partner</c>).</summary>
#if CORE_CONTRACTS_OWNER
public
#else
internal
#endif
sealed class PartnerView : CoreView
{
    /// <summary>Wraps a <c>partner</c> entity; attributes it lacks are read from <paramref name="fallback"/> (a pre-image) when given.</summary>
    public PartnerView(Entity entity, Entity? fallback = null)
        : base(entity, CoreEntities.Partner, fallback)
    {
    }

    /// <summary>A new, empty <c>partner</c>.</summary>
    public PartnerView()
        : this(new Entity(CoreEntities.Partner))
    {
    }

    /// <summary>Partner code, unique.</summary>
    public string? Code
    {
        get => Get<string?>(CoreAttributes.Partner.Code);
        set => Set(CoreAttributes.Partner.Code, value);
    }

    /// <summary>Partner's company name.</summary>
    public string? Name
    {
        get => Get<string?>(CoreAttributes.Partner.Name);
        set => Set(CoreAttributes.Partner.Name, value);
    }

    /// <summary>Kind of partner.</summary>
    public PartnerType? PartnerType
    {
        get => GetEnum<PartnerType>(CoreAttributes.Partner.PartnerType);
        set => SetEnum(CoreAttributes.Partner.PartnerType, value);
    }

    /// <summary>Programme tier.</summary>
    public PartnerTier? Tier
    {
        get => GetEnum<PartnerTier>(CoreAttributes.Partner.Tier);
        set => SetEnum(CoreAttributes.Partner.Tier, value);
    }

    /// <summary>The territory the partner covers, when assigned.</summary>
    public Guid? RegionId
    {
        get => Get<Guid?>(CoreAttributes.Partner.RegionId);
        set => Set(CoreAttributes.Partner.RegionId, value);
    }

    /// <summary>Contact person's name (personal information).</summary>
    public string? ContactName
    {
        get => Get<string?>(CoreAttributes.Partner.ContactName);
        set => Set(CoreAttributes.Partner.ContactName, value);
    }

    /// <summary>Contact person's phone (personal information).</summary>
    public string? ContactPhone
    {
        get => Get<string?>(CoreAttributes.Partner.ContactPhone);
        set => Set(CoreAttributes.Partner.ContactPhone, value);
    }

    /// <summary>Contact person's e-mail (personal information).</summary>
    public string? ContactEmail
    {
        get => Get<string?>(CoreAttributes.Partner.ContactEmail);
        set => Set(CoreAttributes.Partner.ContactEmail, value);
    }

    /// <summary>When the partner joined the programme.</summary>
    public DateOnly? JoinedOn
    {
        get => Get<DateOnly?>(CoreAttributes.Partner.JoinedOn);
        set => Set(CoreAttributes.Partner.JoinedOn, value);
    }
}
