using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Benchmarks.Orders;

/// <summary>
/// The hand-written baseline of figure 3, served by Kestrel in the benchmark process: one minimal endpoint
/// that deserialises the same body and inserts the order and its lines with EF Core in one SaveChanges,
/// into the same two tables (same columns, indexes and stored formats) of a copy of the seeded database.
/// No validation, no reference checks, no pipeline, no read-back.
/// </summary>
public sealed class BaselineOrderServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BaselineOrderServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public const string Route = "/baseline/orders";

    public static async Task<BaselineOrderServer> StartAsync(string databasePath, int port)
    {
        var baseUrl = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = Path.GetDirectoryName(databasePath) });
        builder.WebHost.UseUrls(baseUrl);
        OrderServers.ConfigureLogging(builder.Logging);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, ForeignKeys = true, Pooling = true, DefaultTimeout = 30 }.ToString();
        builder.Services.AddDbContext<BaselineDb>(o => o.UseSqlite(connectionString));
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        var app = builder.Build();
        app.MapPost(Route, async (OrderBody body, BaselineDb db, CancellationToken ct) =>
        {
            var order = ToRow(body);
            db.Orders.Add(order);
            await db.SaveChangesAsync(ct);
            return Results.Created($"{Route}/{order.Id}", order);
        });
        await app.StartAsync();
        return new BaselineOrderServer(app, baseUrl);
    }

    /// <summary>The server's services (for the in-process breakdown).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The rows for a body: new ids, line numbers, line amounts (quantity × net price, 2 decimals) and the total.</summary>
    public static BaselineOrder ToRow(OrderBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var order = new BaselineOrder
        {
            Id = Guid.CreateVersion7(),
            Number = body.Number,
            CustomerId = body.CustomerId,
            Channel = body.Channel,
            StoreId = body.StoreId,
            PartnerId = body.PartnerId,
            RepId = body.RepId,
            OrderedAt = body.OrderedAt.ToUniversalTime(),
            Status = body.Status,
            Currency = body.Currency ?? "CNY",
        };
        foreach (var line in body.Lines)
        {
            order.Lines.Add(new BaselineOrderLine
            {
                Id = Guid.CreateVersion7(),
                OrderId = order.Id,
                LineNumber = order.Lines.Count + 1,
                ProductId = line.ProductId,
                Quantity = line.Quantity,
                ListPrice = line.ListPrice,
                NetPrice = line.NetPrice,
                LineAmount = Math.Round(line.Quantity * line.NetPrice, 2, MidpointRounding.AwayFromZero),
            });
        }
        order.TotalAmount = order.Lines.Sum(l => l.LineAmount);
        return order;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>The request body, the same JSON the platform's <c>POST /api/core/orders</c> takes.</summary>
public sealed record OrderBody(
    string Number, Guid CustomerId, BaselineChannel Channel, DateTimeOffset OrderedAt, BaselineStatus Status, string? Currency,
    IReadOnlyList<OrderLineBody> Lines, Guid? StoreId = null, Guid? PartnerId = null, Guid? RepId = null);

public sealed record OrderLineBody(Guid ProductId, int Quantity, decimal ListPrice, decimal NetPrice);

public enum BaselineChannel { Direct = 0, Partner = 1, Store = 2, Online = 3 }

public enum BaselineStatus { Draft = 0, Confirmed = 1, Completed = 2, Cancelled = 3 }

public sealed class BaselineOrder
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public Guid CustomerId { get; set; }
    public BaselineChannel Channel { get; set; }
    public Guid? StoreId { get; set; }
    public Guid? PartnerId { get; set; }
    public Guid? RepId { get; set; }
    public DateTimeOffset OrderedAt { get; set; }
    public BaselineStatus Status { get; set; }
    public string Currency { get; set; } = "";
    public decimal TotalAmount { get; set; }
    public List<BaselineOrderLine> Lines { get; } = [];
}

public sealed class BaselineOrderLine
{
    public Guid Id { get; set; }
    public Guid OrderId { get; set; }
    public int LineNumber { get; set; }
    public Guid ProductId { get; set; }
    public int Quantity { get; set; }
    public decimal ListPrice { get; set; }
    public decimal NetPrice { get; set; }
    public decimal LineAmount { get; set; }
}

/// <summary>
/// The baseline's own DbContext over the Core module's two tables on SQLite: <c>core_orders</c> and
/// <c>core_order_lines</c>, money as integers scaled by 10⁴ and times as UTC ticks, as the module stores them.
/// </summary>
public sealed class BaselineDb(DbContextOptions<BaselineDb> options) : DbContext(options)
{
    public DbSet<BaselineOrder> Orders => Set<BaselineOrder>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var money = new ValueConverter<decimal, long>(v => (long)decimal.Round(v * 10_000m, MidpointRounding.AwayFromZero), v => v / 10_000m);
        var utcTicks = new ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        modelBuilder.Entity<BaselineOrder>(o =>
        {
            o.ToTable("core_orders");
            o.HasKey(x => x.Id);
            o.Property(x => x.Id).ValueGeneratedNever();
            o.Property(x => x.Number).HasMaxLength(40);
            o.Property(x => x.Currency).HasMaxLength(3).IsFixedLength();
            o.Property(x => x.TotalAmount).HasConversion(money);
            o.Property(x => x.OrderedAt).HasConversion(utcTicks);
            o.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.OrderId);
        });
        modelBuilder.Entity<BaselineOrderLine>(l =>
        {
            l.ToTable("core_order_lines");
            l.HasKey(x => x.Id);
            l.Property(x => x.Id).ValueGeneratedNever();
            l.Property(x => x.ListPrice).HasConversion(money);
            l.Property(x => x.NetPrice).HasConversion(money);
            l.Property(x => x.LineAmount).HasConversion(money);
        });
    }
}

/// <summary>Settings both order servers share.</summary>
internal static class OrderServers
{
    /// <summary>Warnings and errors only, to stderr (stdout carries the report).</summary>
    public static void ConfigureLogging(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(LogLevel.Warning);
        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
