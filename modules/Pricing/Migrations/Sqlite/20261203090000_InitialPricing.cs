using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Pricing.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialPricing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pricing_approval_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Decision = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pricing_approval_decisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pricing_competitor_prices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Competitor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Price = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    ObservedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pricing_competitor_prices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pricing_coupon_codes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PromotionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ValidFrom = table.Column<long>(type: "INTEGER", nullable: true),
                    ValidTo = table.Column<long>(type: "INTEGER", nullable: true),
                    MaxUses = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxUsesPerCustomer = table.Column<int>(type: "INTEGER", nullable: true),
                    UsedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pricing_coupon_codes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pricing_coupon_redemptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PromotionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouponCodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RedeemedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pricing_coupon_redemptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pricing_customer_allowances",
                columns: table => new
                {
                    LimitedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Used = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pricing_customer_allowances", x => new { x.LimitedId, x.CustomerId });
                });

            migrationBuilder.CreateTable(
                name: "pricing_flash_sale_sales",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PromotionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    SoldAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pricing_flash_sale_sales", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pricing_flash_sale_stock",
                columns: table => new
                {
                    PromotionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reserved = table.Column<int>(type: "INTEGER", nullable: false),
                    Sold = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pricing_flash_sale_stock", x => x.PromotionId);
                });

            migrationBuilder.CreateTable(
                name: "pricing_order_pricing",
                columns: table => new
                {
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subtotal = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    PromotionDiscount = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    ManualDiscountPercent = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    Total = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    Approval = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiredRole = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PricedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PricedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Options = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Quote = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pricing_order_pricing", x => x.OrderId);
                });

            migrationBuilder.CreateTable(
                name: "pricing_price_lists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CustomerGroup = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StoreId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    EffectiveFrom = table.Column<long>(type: "INTEGER", nullable: true),
                    EffectiveTo = table.Column<long>(type: "INTEGER", nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pricing_price_lists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pricing_pricing_methods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    MarginPercent = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: true),
                    ValueMetric = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: true),
                    ValueSharePercent = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: true),
                    CompetitorPosition = table.Column<int>(type: "INTEGER", nullable: true),
                    CompetitorAggregate = table.Column<int>(type: "INTEGER", nullable: true),
                    AdjustmentAmount = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: true),
                    AdjustmentPercent = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pricing_pricing_methods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pricing_promotions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Layer = table.Column<int>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Budget = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: true),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UsageLimit = table.Column<int>(type: "INTEGER", nullable: true),
                    UsedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Applicability = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Parameters = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pricing_promotions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pricing_survey_responses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Survey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TooCheap = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    Cheap = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    Expensive = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    TooExpensive = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pricing_survey_responses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pricing_price_list_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PriceListId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitPrice = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pricing_price_list_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pricing_price_list_items_pricing_price_lists_PriceListId",
                        column: x => x.PriceListId,
                        principalTable: "pricing_price_lists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pricing_approval_decisions_OrderId",
                table: "pricing_approval_decisions",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_pricing_competitor_prices_ProductId_Competitor",
                table: "pricing_competitor_prices",
                columns: new[] { "ProductId", "Competitor" });

            migrationBuilder.CreateIndex(
                name: "IX_pricing_coupon_codes_Code",
                table: "pricing_coupon_codes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pricing_coupon_codes_PromotionId",
                table: "pricing_coupon_codes",
                column: "PromotionId");

            migrationBuilder.CreateIndex(
                name: "IX_pricing_coupon_redemptions_CouponCodeId_CustomerId",
                table: "pricing_coupon_redemptions",
                columns: new[] { "CouponCodeId", "CustomerId" });

            migrationBuilder.CreateIndex(
                name: "IX_pricing_coupon_redemptions_OrderId_CouponCodeId",
                table: "pricing_coupon_redemptions",
                columns: new[] { "OrderId", "CouponCodeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pricing_coupon_redemptions_PromotionId",
                table: "pricing_coupon_redemptions",
                column: "PromotionId");

            migrationBuilder.CreateIndex(
                name: "IX_pricing_flash_sale_sales_OrderId_PromotionId",
                table: "pricing_flash_sale_sales",
                columns: new[] { "OrderId", "PromotionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pricing_flash_sale_sales_PromotionId_CustomerId",
                table: "pricing_flash_sale_sales",
                columns: new[] { "PromotionId", "CustomerId" });

            migrationBuilder.CreateIndex(
                name: "IX_pricing_order_pricing_Approval",
                table: "pricing_order_pricing",
                column: "Approval");

            migrationBuilder.CreateIndex(
                name: "IX_pricing_price_list_items_PriceListId_ProductId",
                table: "pricing_price_list_items",
                columns: new[] { "PriceListId", "ProductId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pricing_price_list_items_ProductId",
                table: "pricing_price_list_items",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_pricing_price_lists_Code",
                table: "pricing_price_lists",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pricing_pricing_methods_Category",
                table: "pricing_pricing_methods",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_pricing_pricing_methods_ProductId",
                table: "pricing_pricing_methods",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_pricing_promotions_Code",
                table: "pricing_promotions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pricing_promotions_StartsAt_EndsAt",
                table: "pricing_promotions",
                columns: new[] { "StartsAt", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_pricing_survey_responses_Survey",
                table: "pricing_survey_responses",
                column: "Survey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pricing_approval_decisions");

            migrationBuilder.DropTable(
                name: "pricing_competitor_prices");

            migrationBuilder.DropTable(
                name: "pricing_coupon_codes");

            migrationBuilder.DropTable(
                name: "pricing_coupon_redemptions");

            migrationBuilder.DropTable(
                name: "pricing_customer_allowances");

            migrationBuilder.DropTable(
                name: "pricing_flash_sale_sales");

            migrationBuilder.DropTable(
                name: "pricing_flash_sale_stock");

            migrationBuilder.DropTable(
                name: "pricing_order_pricing");

            migrationBuilder.DropTable(
                name: "pricing_price_list_items");

            migrationBuilder.DropTable(
                name: "pricing_pricing_methods");

            migrationBuilder.DropTable(
                name: "pricing_promotions");

            migrationBuilder.DropTable(
                name: "pricing_survey_responses");

            migrationBuilder.DropTable(
                name: "pricing_price_lists");
        }
    }
}
