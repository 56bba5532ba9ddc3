using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Host.Tenants.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitialTenantPlatform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "platform");

            migrationBuilder.CreateTable(
                name: "jobs",
                schema: "platform",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    module_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    step_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    step_type = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    message = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    entity = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    target_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    initiating_user = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    correlation_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    depth = table.Column<int>(type: "int", nullable: false),
                    status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "int", nullable: false),
                    max_attempts = table.Column<int>(type: "int", nullable: false),
                    next_run_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    locked_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    locked_until = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    lease_token = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    last_error = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_jobs_created_at",
                schema: "platform",
                table: "jobs",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_jobs_status_next_run_at",
                schema: "platform",
                table: "jobs",
                columns: new[] { "status", "next_run_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "jobs",
                schema: "platform");
        }
    }
}
