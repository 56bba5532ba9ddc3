using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Host.Pipeline;
using Platform.Sdk.Data;

namespace Platform.Host.Data;

/// <summary>
/// The tenant connection and transaction of one request scope. Every module DbContext created in the
/// scope is attached to this connection and enlisted in the open transaction, so one operation is
/// atomic across modules.
/// </summary>
public sealed class OperationDatabase(IDatabaseProvider provider, RequestContext request) : IAsyncDisposable, IDisposable
{
    private readonly List<DbContext> _contexts = [];
    private DbConnection? _connection;

    /// <summary>The open transaction, or null between operations and during PreValidation.</summary>
    public DbTransaction? Transaction { get; private set; }

    /// <summary>The tenant's connection, opened on first use.</summary>
    public DbConnection Connection
    {
        get
        {
            if (_connection is null)
            {
                _connection = provider.CreateConnection(DatabaseNames.Tenant(request.TenantId));
                _connection.Open();
            }
            return _connection;
        }
    }

    /// <summary>Creates a module context attached to the connection (and the transaction, if one is open).</summary>
    public TContext CreateContext<TContext>(ModuleContextOptions<TContext> options) where TContext : ModuleDbContext
    {
        var context = options.Create();
        context.Database.SetDbConnection(Connection, contextOwnsConnection: false);
        if (Transaction is not null)
        {
            context.Database.UseTransaction(Transaction);
        }
        _contexts.Add(context);
        return context;
    }

    /// <summary>Opens the operation's transaction and enlists every context of the scope.</summary>
    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        Transaction = await Connection.BeginTransactionAsync(cancellationToken);
        foreach (var context in _contexts)
        {
            await context.Database.UseTransactionAsync(Transaction, cancellationToken);
        }
    }

    /// <summary>Commits and releases the transaction.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await Transaction!.CommitAsync(cancellationToken);
        await ReleaseAsync(discardChanges: false);
    }

    /// <summary>Rolls back and forgets every tracked change, so nothing half-written survives in memory either.</summary>
    public async Task RollbackAsync()
    {
        if (Transaction is not null)
        {
            await Transaction.RollbackAsync(CancellationToken.None);
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
        await Transaction!.DisposeAsync();
        Transaction = null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Transaction is not null)
        {
            await RollbackAsync();
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Transaction?.Rollback();
        Transaction?.Dispose();
        _connection?.Dispose();
    }
}
