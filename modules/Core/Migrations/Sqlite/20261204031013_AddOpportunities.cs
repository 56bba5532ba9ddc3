using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Core.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOpportunities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "core_opportunities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerRepId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Amount = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    ExpectedCloseOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_opportunities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_core_opportunities_core_customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "core_customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_core_opportunities_core_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "core_partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_core_opportunities_core_sales_reps_OwnerRepId",
                        column: x => x.OwnerRepId,
                        principalTable: "core_sales_reps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "core_opportunity_stage_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpportunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromStage = table.Column<int>(type: "INTEGER", nullable: true),
                    ToStage = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_opportunity_stage_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_core_opportunity_stage_changes_core_opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "core_opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_core_opportunities_CreatedAt",
                table: "core_opportunities",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_core_opportunities_CustomerId",
                table: "core_opportunities",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_core_opportunities_OwnerRepId",
                table: "core_opportunities",
                column: "OwnerRepId");

            migrationBuilder.CreateIndex(
                name: "IX_core_opportunities_PartnerId",
                table: "core_opportunities",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_core_opportunity_stage_changes_OpportunityId_ChangedAt",
                table: "core_opportunity_stage_changes",
                columns: new[] { "OpportunityId", "ChangedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "core_opportunity_stage_changes");

            migrationBuilder.DropTable(
                name: "core_opportunities");
        }
    }
}
