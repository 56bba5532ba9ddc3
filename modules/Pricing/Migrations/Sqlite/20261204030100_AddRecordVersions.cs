using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Pricing.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddRecordVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "pricing_survey_responses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "pricing_promotions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "pricing_pricing_methods",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "pricing_price_lists",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "pricing_price_list_items",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "pricing_order_pricing",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "pricing_flash_sale_stock",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "pricing_flash_sale_sales",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "pricing_customer_allowances",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "pricing_coupon_redemptions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "pricing_coupon_codes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "pricing_competitor_prices",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "pricing_approval_decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "pricing_survey_responses");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "pricing_promotions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "pricing_pricing_methods");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "pricing_price_lists");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "pricing_price_list_items");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "pricing_order_pricing");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "pricing_flash_sale_stock");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "pricing_flash_sale_sales");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "pricing_customer_allowances");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "pricing_coupon_redemptions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "pricing_coupon_codes");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "pricing_competitor_prices");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "pricing_approval_decisions");
        }
    }
}
