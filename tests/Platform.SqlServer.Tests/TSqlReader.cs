using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Platform.SqlServer.Tests;

/// <summary>Reads T-SQL with Microsoft's parser (SQL Server 2022 grammar), as SQL Server itself would parse it.</summary>
public static class TSqlReader
{
    /// <summary>The syntax errors of a script (batches separated by <c>GO</c>), one line each; empty when it parses.</summary>
    public static IReadOnlyList<string> SyntaxErrors(string script)
    {
        Parse(script, out var errors);
        return [.. errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}")];
    }

    /// <summary>
    /// The statements of a script that define schema objects (schemas, tables, indexes, constraints, triggers,
    /// views, procedures, functions), as text a model accepts: <c>IF</c> guards and <c>BEGIN … END</c> blocks are
    /// looked into, and <c>EXEC(N'…')</c> strings are parsed as the scripts they are. Data changes are left out.
    /// </summary>
    public static IEnumerable<string> Definitions(string script)
    {
        var parsed = Parse(script, out var errors);
        if (errors.Count > 0)
        {
            throw new FormatException($"The script does not parse: {errors[0].Message} (line {errors[0].Line}).");
        }
        return parsed.Batches.SelectMany(b => b.Statements).SelectMany(s => DefinitionsIn(s, script));
    }

    private static IEnumerable<string> DefinitionsIn(TSqlStatement statement, string script) => statement switch
    {
        IfStatement guard => DefinitionsIn(guard.ThenStatement, script)
            .Concat(guard.ElseStatement is null ? [] : DefinitionsIn(guard.ElseStatement, script)),
        BeginEndBlockStatement block => block.StatementList.Statements.SelectMany(s => DefinitionsIn(s, script)),
        ExecuteStatement { ExecuteSpecification.ExecutableEntity: ExecutableStringList strings } =>
            Definitions(string.Concat(strings.Strings.OfType<StringLiteral>().Select(l => l.Value))),
        CreateSchemaStatement or CreateTableStatement or CreateIndexStatement or AlterTableAddTableElementStatement
            or CreateTriggerStatement or CreateViewStatement or CreateProcedureStatement or CreateFunctionStatement =>
            [script.Substring(statement.StartOffset, statement.FragmentLength)],
        _ => [],
    };

    private static TSqlScript Parse(string script, out IList<ParseError> errors)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        return (TSqlScript)parser.Parse(reader, out errors);
    }
}
