using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Core.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddOrderLineProductActiveTrigger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Refuses a line whose product is inactive (ADR 0013); a missing product is the foreign key's to refuse.
            migrationBuilder.Sql("""
                CREATE FUNCTION core.order_lines_product_active() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM core.products WHERE "Id" = NEW."ProductId" AND NOT "Active") THEN
                        RAISE EXCEPTION 'product % is inactive', NEW."ProductId"
                            USING ERRCODE = 'check_violation', CONSTRAINT = 'order_lines_product_active';
                    END IF;
                    RETURN NEW;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER order_lines_product_active BEFORE INSERT OR UPDATE OF "ProductId" ON core.order_lines
                    FOR EACH ROW EXECUTE FUNCTION core.order_lines_product_active();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER order_lines_product_active ON core.order_lines;");
            migrationBuilder.Sql("DROP FUNCTION core.order_lines_product_active();");
        }
    }
}
