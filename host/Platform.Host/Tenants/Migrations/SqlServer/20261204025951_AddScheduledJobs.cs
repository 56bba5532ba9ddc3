using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Host.Tenants.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddScheduledJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "kind",
                schema: "platform",
                table: "jobs",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "step");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "occurrence_at",
                schema: "platform",
                table: "jobs",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ux_jobs_occurrence",
                schema: "platform",
                table: "jobs",
                columns: new[] { "module_id", "step_name", "occurrence_at" },
                unique: true,
                filter: "occurrence_at IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_jobs_occurrence",
                schema: "platform",
                table: "jobs");

            migrationBuilder.DropColumn(
                name: "kind",
                schema: "platform",
                table: "jobs");

            migrationBuilder.DropColumn(
                name: "occurrence_at",
                schema: "platform",
                table: "jobs");
        }
    }
}
