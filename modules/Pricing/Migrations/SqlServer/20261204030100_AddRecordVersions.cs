using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Pricing.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddRecordVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "pricing",
                table: "survey_responses",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "pricing",
                table: "promotions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "pricing",
                table: "pricing_methods",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "pricing",
                table: "price_lists",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "pricing",
                table: "price_list_items",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "pricing",
                table: "order_pricing",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "pricing",
                table: "flash_sale_stock",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "pricing",
                table: "flash_sale_sales",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "pricing",
                table: "customer_allowances",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "pricing",
                table: "coupon_redemptions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "pricing",
                table: "coupon_codes",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "pricing",
                table: "competitor_prices",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "pricing",
                table: "approval_decisions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                schema: "pricing",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "pricing",
                table: "promotions");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "pricing",
                table: "pricing_methods");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "pricing",
                table: "price_lists");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "pricing",
                table: "price_list_items");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "pricing",
                table: "order_pricing");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "pricing",
                table: "flash_sale_stock");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "pricing",
                table: "flash_sale_sales");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "pricing",
                table: "customer_allowances");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "pricing",
                table: "coupon_redemptions");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "pricing",
                table: "coupon_codes");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "pricing",
                table: "competitor_prices");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "pricing",
                table: "approval_decisions");
        }
    }
}
