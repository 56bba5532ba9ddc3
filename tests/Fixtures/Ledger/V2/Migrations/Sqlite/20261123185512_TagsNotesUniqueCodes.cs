using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fixtures.Ledger.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TagsNotesUniqueCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "ledger_entries",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ledger_tags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_tags", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_Code",
                table: "ledger_entries",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ledger_tags");

            migrationBuilder.DropIndex(
                name: "IX_ledger_entries_Code",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "ledger_entries");
        }
    }
}
