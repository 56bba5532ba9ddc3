using Microsoft.SqlServer.Dac;
using Microsoft.SqlServer.Dac.Model;

namespace Platform.SqlServer.Tests;

/// <summary>
/// A database's schema as DacFx models it, built from definitions without a server; validation resolves every
/// reference (tables, columns, schemas) the way SQL Server's own build of a database project does.
/// </summary>
public sealed class SchemaModel : IDisposable
{
    private readonly TSqlModel _model = new(SqlServerVersion.Sql160, new TSqlModelOptions());
    private int _next;

    /// <summary>Adds definitions (one statement each).</summary>
    public SchemaModel Add(IEnumerable<string> definitions)
    {
        foreach (var definition in definitions)
        {
            // One source name per definition, so that a problem names the statement it came from.
            _model.AddOrUpdateObjects(definition, $"definition-{++_next}.sql", new TSqlObjectOptions());
        }
        return this;
    }

    /// <summary>Every error, and every warning about a reference that does not resolve, one line each.</summary>
    public IReadOnlyList<string> Problems() =>
    [
        .. _model.Validate()
            .Where(m => m.MessageType == DacMessageType.Error || m.Number == UnresolvedReference)
            .Select(m => $"SQL{m.Number} {m.Message}"),
    ];

    /// <summary>DacFx's "has an unresolved reference" (a warning in procedures and triggers, where SQL Server defers name resolution).</summary>
    private const int UnresolvedReference = 71502;

    /// <inheritdoc />
    public void Dispose() => _model.Dispose();
}
