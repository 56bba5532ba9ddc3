using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Core.Data;
using Platform.Modules.Core.Model;
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Steps;

/// <summary>
/// Checks one create or update target against the Core database and collects field errors. Values a
/// store could not read (wrong type) are skipped here: the store reports them.
/// </summary>
public sealed class ReferenceChecker(CoreDbContext db, Entity target, bool creating)
{
    private object? _current;
    private bool _currentLoaded;

    /// <summary>The target being checked.</summary>
    public Entity Target { get; } = target;

    /// <summary>True for a create, false for an update.</summary>
    public bool Creating { get; } = creating;

    /// <summary>The database.</summary>
    public CoreDbContext Db { get; } = db;

    /// <summary>Field errors found so far (attribute path to messages).</summary>
    public Dictionary<string, string[]> Errors { get; } = [];

    /// <summary>Adds an error for a field.</summary>
    public void Fail(string field, string message) => Errors[field] = [.. Errors.GetValueOrDefault(field, []), message];

    /// <summary>Reads a target attribute; false when it is absent or not readable as <typeparamref name="T"/>.</summary>
    public bool TryRead<T>(string attribute, out T? value) => TryConvert(Target, attribute, out value);

    /// <summary>Reads an attribute of any entity (for example an order line); false when absent or unreadable.</summary>
    public static bool TryConvert<T>(Entity entity, string attribute, out T? value)
    {
        ArgumentNullException.ThrowIfNull(entity);
        value = default;
        if (!entity.Contains(attribute))
        {
            return false;
        }
        try
        {
            value = entity.GetValue<T>(attribute);
            return true;
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException or JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// The value the record will have after the operation: the target's value when it carries the
    /// attribute, otherwise the stored value (updates) or the default (creates).
    /// </summary>
    public async Task<T?> EffectiveAsync<TRow, T>(string attribute, Func<TRow, T?> stored, CancellationToken ct)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (Target.Contains(attribute))
        {
            return TryRead<T>(attribute, out var value) ? value : default;
        }
        return await CurrentAsync<TRow>(ct) is { } row ? stored(row) : default;
    }

    /// <summary>The stored record being updated (null on create or when it does not exist).</summary>
    public async Task<TRow?> CurrentAsync<TRow>(CancellationToken ct)
        where TRow : class
    {
        if (!_currentLoaded)
        {
            _current = Creating ? null : await Db.Set<TRow>().AsNoTracking().FirstOrDefaultAsync(r => EF.Property<Guid>(r, "Id") == Target.Id, ct);
            _currentLoaded = true;
        }
        return _current as TRow;
    }

    /// <summary>
    /// Fails <paramref name="attribute"/> when another <typeparamref name="TRow"/> already holds its value in
    /// <paramref name="property"/>. Queued: checked by <see cref="FlushAsync"/> with the other queued checks.
    /// </summary>
    public Task UniqueAsync<TRow>(string attribute, string property, CancellationToken ct)
        where TRow : class
    {
        if (TryRead<string>(attribute, out var code) && !string.IsNullOrEmpty(code))
        {
            var id = Target.Id;
            var message = $"'{code}' is already used by another {Describe<TRow>()}.";
            Queue(Db.Set<TRow>().Where(r => EF.Property<string>(r, property) == code && EF.Property<Guid>(r, "Id") != id).Select(r => attribute),
                found =>
                {
                    if (found.Contains(attribute))
                    {
                        Fail(attribute, message);
                    }
                });
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Fails <paramref name="attribute"/> when it holds the id of a <typeparamref name="TRow"/> that does not
    /// exist. Queued: checked by <see cref="FlushAsync"/> with the other queued checks.
    /// </summary>
    public Task ExistsAsync<TRow>(string attribute, CancellationToken ct)
        where TRow : class
    {
        if (TryRead<Guid?>(attribute, out var id) && id is { } value)
        {
            var message = $"{Describe<TRow>()} {value} does not exist.";
            Queue(Db.Set<TRow>().Where(r => EF.Property<Guid>(r, "Id") == value).Select(r => attribute),
                found =>
                {
                    if (!found.Contains(attribute))
                    {
                        Fail(attribute, message);
                    }
                });
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Queues a lookup whose rows are strings (each check tags its rows so they cannot be confused) and
    /// what to conclude from the set of all strings found. Run by <see cref="FlushAsync"/>.
    /// </summary>
    public void Queue(IQueryable<string> probe, Action<IReadOnlySet<string>> evaluate) => _queued.Add(new QueuedCheck(probe, evaluate));

    /// <summary>
    /// Runs every queued lookup in one round trip (a UNION ALL of small indexed lookups) and lets each
    /// check record its failures.
    /// </summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        if (_queued.Count == 0)
        {
            return;
        }
        var union = _queued.Select(q => q.Probe).Aggregate((all, next) => all.Concat(next));
        var found = (await union.ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var check in _queued)
        {
            check.Evaluate(found);
        }
        _queued.Clear();
    }

    private readonly List<QueuedCheck> _queued = [];

    /// <summary>A lookup and what its check concludes from the strings found.</summary>
    private sealed record QueuedCheck(IQueryable<string> Probe, Action<IReadOnlySet<string>> Evaluate);

    /// <summary>
    /// Fails <paramref name="attribute"/> when it names a region that does not exist, or (with
    /// <paramref name="level"/>) one of another level.
    /// </summary>
    public async Task RegionAsync(string attribute, RegionLevel? level, CancellationToken ct)
    {
        if (!TryRead<Guid?>(attribute, out var id) || id is not { } value)
        {
            return;
        }
        var found = await Db.Regions.Where(r => r.Id == value).Select(r => (RegionLevel?)r.Level).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            Fail(attribute, $"region {value} does not exist.");
        }
        else if (level is { } wanted && found != wanted)
        {
            Fail(attribute, $"region {value} is a {found}, not a {wanted}.");
        }
    }

    /// <summary>The entity's logical name for messages, from the row type.</summary>
    public static string Describe<TRow>() => typeof(TRow).Name switch
    {
        nameof(CustomerRow) => CoreEntities.Customer,
        nameof(ProductRow) => CoreEntities.Product,
        nameof(RegionRow) => CoreEntities.Region,
        nameof(StoreRow) => CoreEntities.Store,
        nameof(PartnerRow) => CoreEntities.Partner,
        nameof(TeamRow) => CoreEntities.Team,
        nameof(SalesRepRow) => CoreEntities.SalesRep,
        nameof(OrderRow) => CoreEntities.Order,
        nameof(InventoryPositionRow) => CoreEntities.InventoryPosition,
        var other => other,
    };
}
