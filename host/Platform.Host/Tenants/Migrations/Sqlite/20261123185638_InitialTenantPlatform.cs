using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Host.Tenants.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialTenantPlatform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    module_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    step_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    step_type = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    message = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    entity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    target_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    initiating_user = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    correlation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    depth = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    max_attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_run_at = table.Column<long>(type: "INTEGER", nullable: false),
                    locked_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    locked_until = table.Column<long>(type: "INTEGER", nullable: true),
                    lease_token = table.Column<Guid>(type: "TEXT", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: true),
                    finished_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_jobs", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_jobs_created_at",
                table: "platform_jobs",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_jobs_status_next_run_at",
                table: "platform_jobs",
                columns: new[] { "status", "next_run_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_jobs");
        }
    }
}
