using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Core.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddRecordVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "core_teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "core_stores",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "core_sales_reps",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "core_regions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "core_products",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "core_partners",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "core_orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "core_order_lines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "core_inventory_positions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "core_customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // SQLite drops a column in place (3.35+); EF Core's table rebuild would break the trigger on
            // core_order_lines, which names core_products.
            migrationBuilder.Sql("ALTER TABLE \"core_teams\" DROP COLUMN \"Version\";");
            migrationBuilder.Sql("ALTER TABLE \"core_stores\" DROP COLUMN \"Version\";");
            migrationBuilder.Sql("ALTER TABLE \"core_sales_reps\" DROP COLUMN \"Version\";");
            migrationBuilder.Sql("ALTER TABLE \"core_regions\" DROP COLUMN \"Version\";");
            migrationBuilder.Sql("ALTER TABLE \"core_products\" DROP COLUMN \"Version\";");
            migrationBuilder.Sql("ALTER TABLE \"core_partners\" DROP COLUMN \"Version\";");
            migrationBuilder.Sql("ALTER TABLE \"core_orders\" DROP COLUMN \"Version\";");
            migrationBuilder.Sql("ALTER TABLE \"core_order_lines\" DROP COLUMN \"Version\";");
            migrationBuilder.Sql("ALTER TABLE \"core_inventory_positions\" DROP COLUMN \"Version\";");
            migrationBuilder.Sql("ALTER TABLE \"core_customers\" DROP COLUMN \"Version\";");
        }
    }
}
