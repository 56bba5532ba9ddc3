namespace Platform.Sdk.PersonalData;

/// <summary>
/// A module's part in personal-data protection (PIPL): which of its fields hold personal information,
/// and export and erasure of one data subject's data. The Compliance module calls every provider.
/// </summary>
public interface IPersonalDataProvider
{
    /// <summary>The fields of the module that hold personal information.</summary>
    IReadOnlyList<PersonalField> Fields { get; }

    /// <summary>Everything the module holds about the data subject.</summary>
    Task<PersonalDataExport> ExportAsync(DataSubject subject, CancellationToken cancellationToken);

    /// <summary>Erases or anonymises the data subject's personal fields; returns how many records changed.</summary>
    Task<int> EraseAsync(DataSubject subject, CancellationToken cancellationToken);
}

/// <summary>A field holding personal information.</summary>
/// <param name="Entity">Entity logical name.</param>
/// <param name="Attribute">Attribute name.</param>
/// <param name="Category">What kind of information, for example contact, identity, financial.</param>
/// <param name="Sensitive">True when the field is sensitive personal information under PIPL (article 28).</param>
public sealed record PersonalField(string Entity, string Attribute, string Category, bool Sensitive);

/// <summary>Identifies a data subject: an entity and its id (for example a customer).</summary>
/// <param name="Entity">Entity logical name.</param>
/// <param name="Id">Record id.</param>
public sealed record DataSubject(string Entity, Guid Id);

/// <summary>A module's export for one data subject.</summary>
/// <param name="Module">The module id.</param>
/// <param name="Records">Each record as entity name, id and personal attributes.</param>
public sealed record PersonalDataExport(string Module, IReadOnlyList<PersonalDataRecord> Records);

/// <summary>One exported record.</summary>
/// <param name="Entity">Entity logical name.</param>
/// <param name="Id">Record id.</param>
/// <param name="Values">Attribute values.</param>
public sealed record PersonalDataRecord(string Entity, Guid Id, IReadOnlyDictionary<string, object?> Values);
