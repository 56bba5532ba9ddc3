using Platform.Modules.Core.Model;

namespace Platform.Modules.Core.PersonalData;

/// <summary>Erases the personal fields of a row, keeping the record (orders still point at it).</summary>
public static class Anonymiser
{
    /// <summary>The name an erased customer keeps.</summary>
    public const string ErasedCustomerName = "Erased customer";

    /// <summary>The name an erased sales rep keeps.</summary>
    public const string ErasedSalesRepName = "Erased sales rep";

    /// <summary>The contact name an erased partner contact keeps.</summary>
    public const string ErasedContactName = "Erased contact";

    /// <summary>Anonymises a customer; false when there was nothing left to erase.</summary>
    public static bool Erase(CustomerRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var changed = row.Name != ErasedCustomerName || row.Phone is not null || row.Email is not null
            || row.DecisionMaker is not null || row.IdNumber is not null;
        row.Name = ErasedCustomerName;
        row.Phone = null;
        row.Email = null;
        row.DecisionMaker = null;
        row.IdNumber = null;
        return changed;
    }

    /// <summary>Anonymises a sales rep; false when there was nothing left to erase.</summary>
    public static bool Erase(SalesRepRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var changed = row.Name != ErasedSalesRepName || row.Email is not null || row.Phone is not null;
        row.Name = ErasedSalesRepName;
        row.Email = null;
        row.Phone = null;
        return changed;
    }

    /// <summary>Anonymises a partner's contact person; false when there was nothing left to erase.</summary>
    public static bool Erase(PartnerRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var changed = row.ContactName != ErasedContactName || row.ContactPhone is not null || row.ContactEmail is not null;
        row.ContactName = ErasedContactName;
        row.ContactPhone = null;
        row.ContactEmail = null;
        return changed;
    }
}
