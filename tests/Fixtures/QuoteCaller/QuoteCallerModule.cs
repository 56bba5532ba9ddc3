using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Data;
using Platform.Sdk.Modules;

namespace Fixtures.QuoteCaller;

/// <summary>
/// <c>POST /api/quote-caller/price?productId=&amp;quantity=&amp;channel=</c>: asks the Pricing module for a
/// quote through <c>IDataService.ExecuteAsync("pricing.quote", …)</c> and answers the total and the codes
/// of the promotions applied, read into this module's own types.
/// </summary>
public sealed class QuoteCallerModule : IModule
{
    /// <inheritdoc />
    public void Register(IModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.MapEndpoints(e => e.MapPost("/api/quote-caller/price", async (Guid productId, int quantity, string channel, IDataService data, CancellationToken ct) =>
        {
            var request = new CartRequest(channel, [new CartLine(productId, quantity)]);
            var quote = await data.ExecuteAsync<CartQuote>("pricing.quote", request, ct);
            return Results.Ok(new { total = quote.Pricing.Totals.Total, applied = quote.Pricing.Applied.Select(a => a.Code).ToList() });
        }));
    }
}

/// <summary>This module's view of a cart to price (the JSON shape pricing.quote accepts).</summary>
public sealed record CartRequest(string Channel, IReadOnlyList<CartLine> Lines);

/// <summary>A line of <see cref="CartRequest"/>.</summary>
public sealed record CartLine(Guid ProductId, int Quantity);

/// <summary>The parts of pricing.quote's answer this module reads.</summary>
public sealed record CartQuote(CartPricing Pricing);

/// <summary>The priced cart.</summary>
public sealed record CartPricing(CartTotals Totals, IReadOnlyList<AppliedCode> Applied);

/// <summary>The cart's totals.</summary>
public sealed record CartTotals(decimal Total);

/// <summary>One applied promotion.</summary>
public sealed record AppliedCode(string Code);
