using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Host.Tenants.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddScheduledJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "platform_jobs",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "step");

            migrationBuilder.AddColumn<long>(
                name: "occurrence_at",
                table: "platform_jobs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ux_jobs_occurrence",
                table: "platform_jobs",
                columns: new[] { "module_id", "step_name", "occurrence_at" },
                unique: true,
                filter: "occurrence_at IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_jobs_occurrence",
                table: "platform_jobs");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "platform_jobs");

            migrationBuilder.DropColumn(
                name: "occurrence_at",
                table: "platform_jobs");
        }
    }
}
