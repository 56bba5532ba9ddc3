using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Core.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddOrderReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_orders_PartnerId",
                schema: "core",
                table: "orders",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_RepId",
                schema: "core",
                table: "orders",
                column: "RepId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_StoreId",
                schema: "core",
                table: "orders",
                column: "StoreId");

            migrationBuilder.AddForeignKey(
                name: "FK_order_lines_products_ProductId",
                schema: "core",
                table: "order_lines",
                column: "ProductId",
                principalSchema: "core",
                principalTable: "products",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_customers_CustomerId",
                schema: "core",
                table: "orders",
                column: "CustomerId",
                principalSchema: "core",
                principalTable: "customers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_partners_PartnerId",
                schema: "core",
                table: "orders",
                column: "PartnerId",
                principalSchema: "core",
                principalTable: "partners",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_sales_reps_RepId",
                schema: "core",
                table: "orders",
                column: "RepId",
                principalSchema: "core",
                principalTable: "sales_reps",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_orders_stores_StoreId",
                schema: "core",
                table: "orders",
                column: "StoreId",
                principalSchema: "core",
                principalTable: "stores",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_order_lines_products_ProductId",
                schema: "core",
                table: "order_lines");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_customers_CustomerId",
                schema: "core",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_partners_PartnerId",
                schema: "core",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_sales_reps_RepId",
                schema: "core",
                table: "orders");

            migrationBuilder.DropForeignKey(
                name: "FK_orders_stores_StoreId",
                schema: "core",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_orders_PartnerId",
                schema: "core",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_orders_RepId",
                schema: "core",
                table: "orders");

            migrationBuilder.DropIndex(
                name: "IX_orders_StoreId",
                schema: "core",
                table: "orders");
        }
    }
}
