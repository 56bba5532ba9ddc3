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
            migrationBuilder.DropColumn(
                name: "Version",
                table: "core_teams");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "core_stores");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "core_sales_reps");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "core_regions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "core_products");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "core_partners");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "core_orders");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "core_order_lines");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "core_inventory_positions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "core_customers");
        }
    }
}
