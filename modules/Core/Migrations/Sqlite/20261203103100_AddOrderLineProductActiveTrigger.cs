using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Core.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOrderLineProductActiveTrigger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Refuses a line whose product is inactive (ADR 0013); a missing product is the foreign key's to refuse.
            migrationBuilder.Sql("""
                CREATE TRIGGER order_lines_product_active BEFORE INSERT ON core_order_lines
                WHEN EXISTS (SELECT 1 FROM core_products WHERE "Id" = NEW."ProductId" AND NOT "Active")
                BEGIN SELECT RAISE(ABORT, 'order_lines_product_active: the product is inactive'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER order_lines_product_active_update BEFORE UPDATE OF "ProductId" ON core_order_lines
                WHEN EXISTS (SELECT 1 FROM core_products WHERE "Id" = NEW."ProductId" AND NOT "Active")
                BEGIN SELECT RAISE(ABORT, 'order_lines_product_active: the product is inactive'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER order_lines_product_active_update;");
            migrationBuilder.Sql("DROP TRIGGER order_lines_product_active;");
        }
    }
}
