using Microsoft.EntityFrameworkCore;
using Platform.Modules.Core.Data.Configurations;
using Platform.Modules.Core.Model;
using Platform.Sdk.Data;

namespace Platform.Modules.Core.Data;

/// <summary>The Core module's database context (schema <c>core</c>; tables prefixed <c>core_</c> on SQLite).</summary>
public sealed class CoreDbContext(DbContextOptions<CoreDbContext> options) : ModuleDbContext(options)
{
    /// <summary>Customers.</summary>
    public DbSet<CustomerRow> Customers => Set<CustomerRow>();

    /// <summary>Products.</summary>
    public DbSet<ProductRow> Products => Set<ProductRow>();

    /// <summary>Regions.</summary>
    public DbSet<RegionRow> Regions => Set<RegionRow>();

    /// <summary>Stores.</summary>
    public DbSet<StoreRow> Stores => Set<StoreRow>();

    /// <summary>Channel partners.</summary>
    public DbSet<PartnerRow> Partners => Set<PartnerRow>();

    /// <summary>Sales teams.</summary>
    public DbSet<TeamRow> Teams => Set<TeamRow>();

    /// <summary>Sales reps.</summary>
    public DbSet<SalesRepRow> SalesReps => Set<SalesRepRow>();

    /// <summary>Orders.</summary>
    public DbSet<OrderRow> Orders => Set<OrderRow>();

    /// <summary>Order lines.</summary>
    public DbSet<OrderLineRow> OrderLines => Set<OrderLineRow>();

    /// <summary>Inventory positions.</summary>
    public DbSet<InventoryPositionRow> InventoryPositions => Set<InventoryPositionRow>();

    /// <summary>Sales opportunities.</summary>
    public DbSet<OpportunityRow> Opportunities => Set<OpportunityRow>();

    /// <summary>Stage changes of opportunities.</summary>
    public DbSet<OpportunityStageChangeRow> OpportunityStageChanges => Set<OpportunityStageChangeRow>();

    /// <inheritdoc />
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new CustomerConfiguration());
        modelBuilder.ApplyConfiguration(new ProductConfiguration());
        modelBuilder.ApplyConfiguration(new RegionConfiguration());
        modelBuilder.ApplyConfiguration(new StoreConfiguration());
        modelBuilder.ApplyConfiguration(new PartnerConfiguration());
        modelBuilder.ApplyConfiguration(new TeamConfiguration());
        modelBuilder.ApplyConfiguration(new SalesRepConfiguration());
        modelBuilder.ApplyConfiguration(new OrderConfiguration());
        modelBuilder.ApplyConfiguration(new OrderLineConfiguration());
        modelBuilder.ApplyConfiguration(new InventoryPositionConfiguration());
        modelBuilder.ApplyConfiguration(new OpportunityConfiguration());
        modelBuilder.ApplyConfiguration(new OpportunityStageChangeConfiguration());
    }
}
