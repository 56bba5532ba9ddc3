using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Pipeline;
using Platform.Sdk.Data;

namespace Platform.Host.Data;

/// <summary>
/// The tenant connection and transaction of one request scope. Every module DbContext created in the
/// scope is attached to this connection and enlisted in the open transaction, so one operation is
/// atomic across modules. The connection and transaction are opened on first use: an operation whose
/// steps never touch the database (a custom message computed in memory) costs no round trip.
/// </summary>
public sealed class OperationDatabase(IDatabaseProvider provider, RequestContext request) : IAsyncDisposable, IDisposable
{
    private readonly List<DbContext> _contexts = [];
    private DbConnection? _connection;
    private DbTransaction? _transaction;

    /// <summary>True between <see cref="BeginAsync"/> and commit or rollback.</summary>
    public bool InTransaction { get; private set; }

    /// <summary>The open transaction (started on first use inside an operation), or null.</summary>
    public DbTransaction? Transaction
    {
        get
        {
            if (InTransaction && _transaction is null)
            {
                _ = Connection; // opening the connection inside an operation starts its transaction
            }
            return _transaction;
        }
    }

    /// <summary>The tenant's connection, opened on first use.</summary>
    public DbConnection Connection
    {
        get
        {
            if (_connection is null)
            {
                if (request.TenantId.Length == 0)
                {
                    throw new InvalidOperationException("This work runs outside any tenant, so it has no tenant database (a module's StartAsync, or a platform key).");
                }
                _connection = provider.CreateConnection(DatabaseNames.Tenant(request.TenantId));
                _connection.Open();
            }
            if (InTransaction && _transaction is null)
            {
                StartTransaction();
            }
            return _connection;
        }
    }

    /// <summary>Creates a module context attached to the connection (and the transaction, if one is open).</summary>
    public TContext CreateContext<TContext>(ModuleContextOptions<TContext> options) where TContext : ModuleDbContext
    {
        var context = options.Create();
        // A failed statement fails the whole operation (Dataverse semantics: nothing is caught and continued
        // inside the transaction), so EF Core's savepoint around each SaveChanges would only cost two round trips.
        context.Database.AutoSavepointsEnabled = false;
        context.Database.SetDbConnection(Connection, contextOwnsConnection: false);
        if (_transaction is not null)
        {
            context.Database.UseTransaction(_transaction);
        }
        _contexts.Add(context);
        return context;
    }

    /// <summary>Starts the operation: its transaction begins now if the connection is open, else when it opens.</summary>
    public Task BeginAsync(CancellationToken cancellationToken)
    {
        InTransaction = true;
        if (_connection is not null)
        {
            StartTransaction();
        }
        return Task.CompletedTask;
    }

    private void StartTransaction()
    {
        _transaction = _connection!.BeginTransaction();
        foreach (var context in _contexts)
        {
            context.Database.UseTransaction(_transaction);
        }
    }

    /// <summary>Commits and releases the transaction.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        InTransaction = false;
        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
            await ReleaseAsync(discardChanges: false);
        }
    }

    /// <summary>Rolls back and forgets every tracked change, so nothing half-written survives in memory either.</summary>
    public async Task RollbackAsync()
    {
        InTransaction = false;
        if (_transaction is not null)
        {
            await _transaction.RollbackAsync(CancellationToken.None);
            await ReleaseAsync(discardChanges: true);
        }
    }

    private async Task ReleaseAsync(bool discardChanges)
    {
        foreach (var context in _contexts)
        {
            await context.Database.UseTransactionAsync(null);
            if (discardChanges)
            {
                context.ChangeTracker.Clear();
            }
        }
        await _transaction!.DisposeAsync();
        _transaction = null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await RollbackAsync();
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        InTransaction = false;
        _transaction?.Rollback();
        _transaction?.Dispose();
        _connection?.Dispose();
    }
}
