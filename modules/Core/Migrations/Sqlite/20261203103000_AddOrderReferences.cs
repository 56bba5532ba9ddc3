using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Core.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOrderReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_core_orders_PartnerId",
                table: "core_orders",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_core_orders_RepId",
                table: "core_orders",
                column: "RepId");

            migrationBuilder.CreateIndex(
                name: "IX_core_orders_StoreId",
                table: "core_orders",
                column: "StoreId");

            migrationBuilder.AddForeignKey(
                name: "FK_core_order_lines_core_products_ProductId",
                table: "core_order_lines",
                column: "ProductId",
                principalTable: "core_products",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_core_orders_core_customers_CustomerId",
                table: "core_orders",
                column: "CustomerId",
                principalTable: "core_customers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_core_orders_core_partners_PartnerId",
                table: "core_orders",
                column: "PartnerId",
                principalTable: "core_partners",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_core_orders_core_sales_reps_RepId",
                table: "core_orders",
                column: "RepId",
                principalTable: "core_sales_reps",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_core_orders_core_stores_StoreId",
                table: "core_orders",
                column: "StoreId",
                principalTable: "core_stores",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_core_order_lines_core_products_ProductId",
                table: "core_order_lines");

            migrationBuilder.DropForeignKey(
                name: "FK_core_orders_core_customers_CustomerId",
                table: "core_orders");

            migrationBuilder.DropForeignKey(
                name: "FK_core_orders_core_partners_PartnerId",
                table: "core_orders");

            migrationBuilder.DropForeignKey(
                name: "FK_core_orders_core_sales_reps_RepId",
                table: "core_orders");

            migrationBuilder.DropForeignKey(
                name: "FK_core_orders_core_stores_StoreId",
                table: "core_orders");

            migrationBuilder.DropIndex(
                name: "IX_core_orders_PartnerId",
                table: "core_orders");

            migrationBuilder.DropIndex(
                name: "IX_core_orders_RepId",
                table: "core_orders");

            migrationBuilder.DropIndex(
                name: "IX_core_orders_StoreId",
                table: "core_orders");
        }
    }
}
