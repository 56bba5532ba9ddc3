using Microsoft.EntityFrameworkCore;
using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Sdk.PersonalData;

namespace Platform.Modules.Core.PersonalData;

/// <summary>
/// The Core module's personal-data provider. Data subjects are customers, sales reps and partner
/// contacts (by the partner's id). Export returns the subject's personal fields; erase anonymises them
/// in place and keeps the record so orders and history still add up.
/// </summary>
public sealed class CustomerPersonalDataProvider(CoreDbContext db) : IPersonalDataProvider
{
    /// <inheritdoc />
    public IReadOnlyList<PersonalField> Fields => PersonalFields.All;

    /// <inheritdoc />
    public async Task<PersonalDataExport> ExportAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var values = await ReadAsync(subject, cancellationToken);
        IReadOnlyList<PersonalDataRecord> records = values is null ? [] : [new PersonalDataRecord(subject.Entity, subject.Id, values)];
        return new PersonalDataExport(CoreModule.Id, records);
    }

    /// <inheritdoc />
    public async Task<int> EraseAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var changed = Is(subject, CoreEntities.Customer) ? await db.Customers.FindAsync([subject.Id], cancellationToken) is { } c && Anonymiser.Erase(c)
            : Is(subject, CoreEntities.SalesRep) ? await db.SalesReps.FindAsync([subject.Id], cancellationToken) is { } r && Anonymiser.Erase(r)
            : Is(subject, CoreEntities.Partner) && await db.Partners.FindAsync([subject.Id], cancellationToken) is { } p && Anonymiser.Erase(p);
        if (!changed)
        {
            return 0;
        }
        await db.SaveChangesAsync(cancellationToken);
        return 1;
    }

    private async Task<IReadOnlyDictionary<string, object?>?> ReadAsync(DataSubject subject, CancellationToken ct)
    {
        if (Is(subject, CoreEntities.Customer))
        {
            return await db.Customers.AsNoTracking().FirstOrDefaultAsync(r => r.Id == subject.Id, ct) is { } row
                ? PersonalDataMapper.ToPersonalData(row).ToValues()
                : null;
        }
        if (Is(subject, CoreEntities.SalesRep))
        {
            return await db.SalesReps.AsNoTracking().FirstOrDefaultAsync(r => r.Id == subject.Id, ct) is { } row
                ? PersonalDataMapper.ToPersonalData(row).ToValues()
                : null;
        }
        if (Is(subject, CoreEntities.Partner))
        {
            return await db.Partners.AsNoTracking().FirstOrDefaultAsync(r => r.Id == subject.Id, ct) is { } row
                ? PersonalDataMapper.ToPersonalData(row).ToValues()
                : null;
        }
        return null;
    }

    private static bool Is(DataSubject subject, string entity) => string.Equals(subject.Entity, entity, StringComparison.OrdinalIgnoreCase);
}
