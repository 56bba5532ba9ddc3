using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Platform.Benchmarks.Orders;

/// <summary>
/// The baseline's own DbContext over the Core module's two tables, mapped as the module stores them:
/// on SQLite <c>core_orders</c> and <c>core_order_lines</c>, money as integers scaled by 10⁴ and times as
/// UTC ticks; on PostgreSQL <c>core.orders</c> and <c>core.order_lines</c>, money as <c>numeric(18,4)</c>
/// and times as <c>timestamp with time zone</c> (modules/Core/Migrations/PostgreSql).
/// </summary>
public sealed class BaselineDb(DbContextOptions<BaselineDb> options) : DbContext(options)
{
    /// <summary>The orders (with their lines).</summary>
    public DbSet<BaselineOrder> Orders => Set<BaselineOrder>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var sqlite = Database.IsSqlite();
        var money = new ValueConverter<decimal, long>(v => (long)decimal.Round(v * 10_000m, MidpointRounding.AwayFromZero), v => v / 10_000m);
        var utcTicks = new ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        modelBuilder.Entity<BaselineOrder>(o =>
        {
            if (sqlite)
            {
                o.ToTable("core_orders");
                o.Property(x => x.TotalAmount).HasConversion(money);
                o.Property(x => x.OrderedAt).HasConversion(utcTicks);
            }
            else
            {
                o.ToTable("orders", "core");
                o.Property(x => x.TotalAmount).HasPrecision(18, 4);
            }
            o.HasKey(x => x.Id);
            o.Property(x => x.Id).ValueGeneratedNever();
            o.Property(x => x.Number).HasMaxLength(40);
            o.Property(x => x.Currency).HasMaxLength(3).IsFixedLength();
            o.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.OrderId);
        });
        modelBuilder.Entity<BaselineOrderLine>(l =>
        {
            if (sqlite)
            {
                l.ToTable("core_order_lines");
                l.Property(x => x.ListPrice).HasConversion(money);
                l.Property(x => x.NetPrice).HasConversion(money);
                l.Property(x => x.LineAmount).HasConversion(money);
            }
            else
            {
                l.ToTable("order_lines", "core");
                l.Property(x => x.ListPrice).HasPrecision(18, 4);
                l.Property(x => x.NetPrice).HasPrecision(18, 4);
                l.Property(x => x.LineAmount).HasPrecision(18, 4);
            }
            l.HasKey(x => x.Id);
            l.Property(x => x.Id).ValueGeneratedNever();
        });
    }
}
