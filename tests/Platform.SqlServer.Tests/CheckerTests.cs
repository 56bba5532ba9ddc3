using Xunit;

namespace Platform.SqlServer.Tests;

/// <summary>The checks fail on what they are there to catch.</summary>
public sealed class CheckerTests
{
    [Fact]
    public void A_syntax_error_is_reported_with_its_line()
    {
        var errors = TSqlReader.SyntaxErrors("CREATE TABLE [core].[a] (id int NOT NULL);\nGO\nALTER TABEL [core].[a] ADD b int;");

        Assert.Single(errors);
        Assert.StartsWith("line 3,", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Definitions_inside_guards_and_exec_strings_are_found_and_data_changes_are_not()
    {
        var definitions = TSqlReader.Definitions("""
            IF SCHEMA_ID(N'core') IS NULL EXEC(N'CREATE SCHEMA [core];');
            GO
            IF NOT EXISTS (SELECT * FROM [core].[h] WHERE [MigrationId] = N'1')
            BEGIN
                EXEC(N'CREATE TRIGGER [core].[t] ON [core].[a] AFTER INSERT AS BEGIN SELECT 1; END');
                INSERT INTO [core].[h] ([MigrationId]) VALUES (N'1');
            END;
            """).ToList();

        Assert.Equal(2, definitions.Count);
        Assert.Equal("CREATE SCHEMA [core]", definitions[0].TrimEnd(';'));
        Assert.StartsWith("CREATE TRIGGER [core].[t]", definitions[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_foreign_key_to_a_missing_table_fails_validation()
    {
        using var model = new SchemaModel().Add([
            "CREATE SCHEMA [core]",
            "CREATE TABLE [core].[a] (id int NOT NULL PRIMARY KEY, b_id int NULL, CONSTRAINT fk_b FOREIGN KEY (b_id) REFERENCES [core].[b] (id))",
        ]);

        Assert.Contains(model.Problems(), p => p.Contains("[core].[b]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hand_written_statement_naming_a_missing_column_fails_validation()
    {
        var statement = new HandWrittenStatement("test", "UPDATE [core].[a] SET missing = @value WHERE id = @id", "tenant");
        using var model = new SchemaModel().Add([
            "CREATE SCHEMA [core]",
            "CREATE TABLE [core].[a] (id int NOT NULL PRIMARY KEY)",
            HandWrittenStatements.AsProcedure(statement, 1),
        ]);

        Assert.Contains(model.Problems(), p => p.Contains("missing", StringComparison.Ordinal));
    }
}
