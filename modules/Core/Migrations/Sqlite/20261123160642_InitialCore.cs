using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Core.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "core_customers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<int>(type: "INTEGER", nullable: false),
                    CustomerType = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionMaker = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_customers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_inventory_positions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LocationType = table.Column<int>(type: "INTEGER", nullable: false),
                    OnHand = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    Reserved = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    AsOf = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_inventory_positions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    StoreId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RepId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrderedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    TotalAmount = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_partners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PartnerType = table.Column<int>(type: "INTEGER", nullable: false),
                    Tier = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_partners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_products",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProductLine = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitCost = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    ListPrice = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_regions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Population = table.Column<long>(type: "INTEGER", nullable: true),
                    PurchasingPowerIndex = table.Column<long>(type: "INTEGER", precision: 9, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_regions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_sales_reps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeNo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BaseSalary = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    HiredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_sales_reps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Format = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaSqm = table.Column<long>(type: "INTEGER", precision: 10, scale: 2, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_stores", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_teams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ManagerRepId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_teams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_order_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    ListPrice = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    NetPrice = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    LineAmount = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_order_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_core_order_lines_core_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "core_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_core_customers_Code",
                table: "core_customers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_customers_RegionId",
                table: "core_customers",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_core_inventory_positions_LocationCode",
                table: "core_inventory_positions",
                column: "LocationCode");

            migrationBuilder.CreateIndex(
                name: "IX_core_inventory_positions_ProductId_LocationCode",
                table: "core_inventory_positions",
                columns: new[] { "ProductId", "LocationCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_order_lines_OrderId_LineNumber",
                table: "core_order_lines",
                columns: new[] { "OrderId", "LineNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_order_lines_ProductId",
                table: "core_order_lines",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_core_orders_CustomerId",
                table: "core_orders",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_core_orders_Number",
                table: "core_orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_orders_OrderedAt",
                table: "core_orders",
                column: "OrderedAt");

            migrationBuilder.CreateIndex(
                name: "IX_core_partners_Code",
                table: "core_partners",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_partners_RegionId",
                table: "core_partners",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_core_products_ProductLine",
                table: "core_products",
                column: "ProductLine");

            migrationBuilder.CreateIndex(
                name: "IX_core_products_Sku",
                table: "core_products",
                column: "Sku",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_regions_Code",
                table: "core_regions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_regions_ParentId",
                table: "core_regions",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_core_sales_reps_EmployeeNo",
                table: "core_sales_reps",
                column: "EmployeeNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_sales_reps_TeamId",
                table: "core_sales_reps",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_core_stores_Code",
                table: "core_stores",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_stores_RegionId",
                table: "core_stores",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_core_teams_Code",
                table: "core_teams",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "core_customers");

            migrationBuilder.DropTable(
                name: "core_inventory_positions");

            migrationBuilder.DropTable(
                name: "core_order_lines");

            migrationBuilder.DropTable(
                name: "core_partners");

            migrationBuilder.DropTable(
                name: "core_products");

            migrationBuilder.DropTable(
                name: "core_regions");

            migrationBuilder.DropTable(
                name: "core_sales_reps");

            migrationBuilder.DropTable(
                name: "core_stores");

            migrationBuilder.DropTable(
                name: "core_teams");

            migrationBuilder.DropTable(
                name: "core_orders");
        }
    }
}
