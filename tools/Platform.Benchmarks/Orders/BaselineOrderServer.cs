using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Benchmarks.Orders;

/// <summary>
/// The hand-written baseline of figure 3, served by Kestrel in the benchmark process: one minimal endpoint
/// that deserialises the same body and inserts the order and its lines with EF Core in one SaveChanges,
/// into the same two tables (same columns, indexes and stored formats): on SQLite a copy of the seeded
/// database, on PostgreSQL the platform's own tenant database. No validation, no reference checks, no
/// pipeline, no read-back.
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

    /// <summary>The baseline on a SQLite file (a copy of the seeded tenant database).</summary>
    public static Task<BaselineOrderServer> StartSqliteAsync(string databasePath, int port)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, ForeignKeys = true, Pooling = true, DefaultTimeout = 30 }.ToString();
        return StartAsync(o => o.UseSqlite(connectionString), Path.GetDirectoryName(databasePath)!, port);
    }

    /// <summary>The baseline on a PostgreSQL database (Npgsql, pooled connections) holding Core's schema.</summary>
    public static Task<BaselineOrderServer> StartPostgreSqlAsync(string connectionString, string contentRoot, int port) =>
        StartAsync(o => o.UseNpgsql(connectionString), contentRoot, port);

    private static async Task<BaselineOrderServer> StartAsync(Action<DbContextOptionsBuilder> useDatabase, string contentRoot, int port)
    {
        var baseUrl = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = contentRoot });
        builder.WebHost.UseUrls(baseUrl);
        OrderServers.ConfigureLogging(builder.Logging);
        builder.Services.AddDbContext<BaselineDb>(useDatabase);
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
