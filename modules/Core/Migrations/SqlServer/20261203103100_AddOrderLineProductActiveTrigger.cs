using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Core.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddOrderLineProductActiveTrigger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Refuses a line whose product is inactive (ADR 0013); a missing product is the foreign key's to refuse.
            // CREATE TRIGGER must open its batch; EXEC gives it one inside the idempotent script's IF block too.
            migrationBuilder.Sql("""
                EXEC(N'CREATE TRIGGER [core].[order_lines_product_active] ON [core].[order_lines] AFTER INSERT, UPDATE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF EXISTS (SELECT 1 FROM inserted i JOIN [core].[products] p ON p.[Id] = i.[ProductId] WHERE p.[Active] = 0)
                        THROW 50547, N''order_lines_product_active: the product is inactive'', 1;
                END');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER [core].[order_lines_product_active];");
        }
    }
}
