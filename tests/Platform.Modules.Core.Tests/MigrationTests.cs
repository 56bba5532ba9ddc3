using Microsoft.EntityFrameworkCore;
using Platform.Modules.Core.Tests.Support;

namespace Platform.Modules.Core.Tests;

public sealed class MigrationTests
{
    private static readonly string[] Tables =
    [
        "core_customers", "core_products", "core_regions", "core_stores", "core_partners", "core_teams",
        "core_sales_reps", "core_orders", "core_order_lines", "core_inventory_positions",
        "core_opportunities", "core_opportunity_stage_changes",
    ];

    [Fact]
    public async Task Migrate_CreatesEveryTableWithTheSchemaPrefix_AndNoOther()
    {
        await using var database = await TestDatabase.CreateAsync();

        // __EFMigrationsLock is EF Core's SQLite migration lock, shared by every module of the database.
        var tables = await database.ColumnAsync(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsLock'");

        Assert.Equal([.. Tables.Append("core___EFMigrationsHistory").Order(StringComparer.Ordinal)], tables.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Migrate_RecordsEveryCoreMigrationInTheModulesOwnHistoryTable()
    {
        await using var database = await TestDatabase.CreateAsync();

        var applied = await database.ColumnAsync("SELECT MigrationId FROM core___EFMigrationsHistory ORDER BY MigrationId");

        Assert.Equal(["InitialCore", "AddOrderReferences", "AddOrderLineProductActiveTrigger", "AddRecordVersions", "AddOpportunities", "AddOpportunityVersions"], applied.Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]));
    }

    [Fact]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed; add a migration (tools/Platform.DesignTime/README.md).");
    }

    [Fact]
    public async Task Migrate_CreatesUniqueIndexesOnBusinessCodes()
    {
        await using var database = await TestDatabase.CreateAsync();

        var unique = await database.ColumnAsync(
            "SELECT il.name FROM sqlite_master m, pragma_index_list(m.name) il WHERE m.type = 'table' AND il.[unique] = 1 AND il.origin = 'c'");

        Assert.Contains("IX_core_customers_Code", unique);
        Assert.Contains("IX_core_products_Sku", unique);
        Assert.Contains("IX_core_regions_Code", unique);
        Assert.Contains("IX_core_stores_Code", unique);
        Assert.Contains("IX_core_partners_Code", unique);
        Assert.Contains("IX_core_teams_Code", unique);
        Assert.Contains("IX_core_sales_reps_EmployeeNo", unique);
        Assert.Contains("IX_core_orders_Number", unique);
        Assert.Contains("IX_core_inventory_positions_ProductId_LocationCode", unique);
    }
}
