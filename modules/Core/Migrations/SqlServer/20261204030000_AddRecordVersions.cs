using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Core.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddRecordVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "core",
                table: "teams",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "core",
                table: "stores",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "core",
                table: "sales_reps",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "core",
                table: "regions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "core",
                table: "products",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "core",
                table: "partners",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "core",
                table: "orders",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "core",
                table: "order_lines",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "core",
                table: "inventory_positions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "core",
                table: "customers",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                schema: "core",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "core",
                table: "stores");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "core",
                table: "sales_reps");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "core",
                table: "regions");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "core",
                table: "products");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "core",
                table: "partners");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "core",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "core",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "core",
                table: "inventory_positions");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "core",
                table: "customers");
        }
    }
}
