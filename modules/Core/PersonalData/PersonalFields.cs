using Platform.Modules.Core.Model;
using Platform.Sdk.PersonalData;

namespace Platform.Modules.Core.PersonalData;

/// <summary>The Core module's fields that hold personal information (PIPL), with their category.</summary>
public static class PersonalFields
{
    /// <summary>Category of names and identity documents.</summary>
    public const string Identity = "identity";

    /// <summary>Category of phone numbers and e-mail addresses.</summary>
    public const string Contact = "contact";

    /// <summary>Every declared field. The identity card number is sensitive personal information (PIPL art. 28).</summary>
    public static readonly IReadOnlyList<PersonalField> All =
    [
        new(CoreEntities.Customer, "name", Identity, Sensitive: false),
        new(CoreEntities.Customer, "phone", Contact, Sensitive: false),
        new(CoreEntities.Customer, "email", Contact, Sensitive: false),
        new(CoreEntities.Customer, "decisionMaker", Identity, Sensitive: false),
        new(CoreEntities.Customer, "idNumber", Identity, Sensitive: true),
        new(CoreEntities.SalesRep, "name", Identity, Sensitive: false),
        new(CoreEntities.SalesRep, "email", Contact, Sensitive: false),
        new(CoreEntities.SalesRep, "phone", Contact, Sensitive: false),
        new(CoreEntities.Partner, "contactName", Identity, Sensitive: false),
        new(CoreEntities.Partner, "contactPhone", Contact, Sensitive: false),
        new(CoreEntities.Partner, "contactEmail", Contact, Sensitive: false),
    ];
}
