using BenchmarkDotNet.Attributes;
using Platform.Modules.Pricing.Engine;
using Platform.Modules.Pricing.Engine.Batch;
using Platform.Modules.Pricing.Engine.Explanation;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Engine.Stacking;

namespace Platform.Benchmarks.Pricing;

/// <summary>
/// Figure 5 (pricing engine). Quote: one 10-line cart per invocation (rotating through 256 carts), priced with
/// its full explanation against 1,000 active promotions; baseline: the same carts against no promotions (base
/// prices, rounding and the explanation shell only). Batch: 10,000 catalog items per invocation re-priced for
/// one sale context (base price + unit-price-layer direct cuts); baseline: a plain price × quantity loop with
/// rounding over the same items (dictionary lookup, multiply, round).
/// </summary>
[MemoryDiagnoser]
public class PricingBenchmarks
{
    private PricingWorkload _workload = null!;
    private PricingEngine _bare = null!;
    private PricingEngine _promoted = null!;
    private CatalogRepricer _repricer = null!;
    private CatalogPrice[] _prices = null!;
    private int _next;

    public int CatalogItems => _workload.CatalogItems.Length;

    [GlobalSetup]
    public void Setup()
    {
        _workload = PricingWorkload.Create();
        _bare = _workload.Engine(withPromotions: false);
        _promoted = _workload.Engine(withPromotions: true);
        _repricer = new CatalogRepricer(_workload.Book, PromotionIndex.Build(_workload.Promotions), PricingPolicy.Default, PricingWorkload.Sale);
        _prices = new CatalogPrice[_workload.CatalogItems.Length];
    }

    [Benchmark(Baseline = true, Description = "Quote baseline: 10-line cart, no promotions")]
    public PricingResult CartWithoutPromotions() => _bare.Price(NextCart());

    [Benchmark(Description = "Quote: 10-line cart, 1,000 active promotions")]
    public PricingResult CartWith1000Promotions() => _promoted.Price(NextCart());

    [Benchmark(Description = "Batch baseline: plain price × quantity with rounding, 10,000 items")]
    public decimal PlainLoop()
    {
        var prices = _workload.PlainPrices;
        var sum = 0m;
        foreach (var item in _workload.CatalogItems)
        {
            sum += decimal.Round(prices[item.ProductId] * 1, 2, MidpointRounding.AwayFromZero);
        }
        return sum;
    }

    [Benchmark(Description = "Batch: CatalogRepricer, 10,000 items, 1,000 promotions")]
    public CatalogPrice CatalogReprice()
    {
        _repricer.Reprice(_workload.CatalogItems, _prices);
        return _prices[^1];
    }

    private Platform.Modules.Pricing.Engine.Carts.PricingCart NextCart()
    {
        var carts = _workload.Carts;
        return carts[_next++ % carts.Length];
    }
}
