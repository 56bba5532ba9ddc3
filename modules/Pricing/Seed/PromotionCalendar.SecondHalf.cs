using Platform.Modules.Pricing.Engine.Promotions;

namespace Platform.Modules.Pricing.Seed;

/// <summary>July to December of the calendar, and the year-round coupon.</summary>
internal static partial class PromotionCalendar
{
    private static void Summer(PricingDemoData data, PromotionWriter w, string y)
    {
        // Core has no student customer type: the student offer targets the consumer group in stores and online.
        w.Add($"SUM{y}-STUDENT", "开学季学生优惠 轻薄本/学习平板直降8%", PromotionKind.DirectCut,
            new DirectCutParameters(PercentOff: 8m),
            new PromotionApplicability { Categories = data.CategoriesOf("NB-GF-14", "TB-XX-10"), CustomerGroups = ["Consumer"], Channels = Retail },
            data.China(7, 1), data.China(9, 1), ConcurrencyMode.BestPrice, PromotionLayer.UnitPrice, 40, 400_000m, PromotionGoals.AcquireCustomers);
        w.Add($"SUM{y}-BUNDLE-STUDY", "暑期学习套装 平板+配件任选两件 第二件半价", PromotionKind.Bundle,
            new BundleParameters(2, CheapestItemPercentOff: 50m),
            new PromotionApplicability { ProductIds = data.ProductIds("TB-XX-10", "TB-XX-11P", "TB-PEN-2", "TB-BG-KB", "WR-TB-K1"), Channels = Retail },
            data.China(7, 10), data.China(9, 1), ConcurrencyMode.BestPrice, PromotionLayer.ItemSubtotal, 40, 200_000m, PromotionGoals.Volume);
        w.Add($"SUM{y}-BUNDLE-HOME", "清凉一夏 智能家居任选三件9折", PromotionKind.Bundle,
            new BundleParameters(3, PercentOff: 10m),
            new PromotionApplicability { ProductLines = data.LinesOf("SH-KQ-P6"), Channels = Retail },
            data.China(7, 1), data.China(8, 16), ConcurrencyMode.BestPrice, PromotionLayer.ItemSubtotal, 35, 120_000m, PromotionGoals.ClearStock);
    }

    private static void PreDouble11(PricingDemoData data, PromotionWriter w, string y)
    {
        w.Add($"AUT{y}-PRESALE-GF", "国庆新品预售 光锋 14 Pro 定金200抵500", PromotionKind.PresaleDeposit,
            new PresaleDepositParameters(200m, 2.5m),
            new PromotionApplicability { ProductIds = data.ProductIds("NB-GF-14P") },
            data.China(9, 15), data.China(10, 8), ConcurrencyMode.Compound, PromotionLayer.ItemSubtotal, 50, 150_000m, PromotionGoals.Launch);
        // Deposits from 20 October, final payment up to 11 November: the credit applies while the promotion runs.
        w.Add($"D11{y}-PRESALE", "双11预售 定金100膨胀300（星耀 X9 Pro / 扫拖机器人 R10 Pro）", PromotionKind.PresaleDeposit,
            new PresaleDepositParameters(100m, 3m),
            new PromotionApplicability { ProductIds = data.ProductIds("SP-XY-X9P", "SH-QJ-R10P"), Channels = ["Online"] },
            data.China(10, 20), data.China(11, 12), ConcurrencyMode.Compound, PromotionLayer.ItemSubtotal, 50, 800_000m, PromotionGoals.Volume);
    }

    private static void Double11And12(PricingDemoData data, PromotionWriter w, string y)
    {
        var d11 = data.China(11, 1);
        var d11End = data.China(11, 12);
        w.Add($"D11{y}-EVERY", "双11 全品类每满300减50", PromotionKind.Threshold,
            new ThresholdParameters([new(300m, AmountOff: 50m)], Repeating: true, MaxDiscount: 2000m),
            new PromotionApplicability { Channels = Retail },
            d11, d11End, ConcurrencyMode.Compound, PromotionLayer.OrderThreshold, 60, 3_000_000m, PromotionGoals.Volume);
        w.FlashSale($"D11{y}-FLASH-N7", "11.11 零点秒杀 青春 N7", data.Product("SP-QC-N7").Key,
            PricingDemoData.PricePoint(data.Product("SP-QC-N7").ListPrice * 0.70m), 1, 500, data.China(11, 11, 0), data.China(11, 11, 2), 150_000m);
        w.FlashSale($"D11{y}-FLASH-B8", "11.11 晚八点秒杀 运动手环 B8", data.Product("WR-WS-B8").Key,
            PricingDemoData.PricePoint(data.Product("WR-WS-B8").ListPrice * 0.67m), 2, 2_000, data.China(11, 11, 20), data.China(11, 11, 22), 200_000m);
        var d11Coupon = w.Add($"D11{y}-CPN95", "双11 满1000享95折券（最高减300）", PromotionKind.Coupon,
            new CouponParameters([$"D11{y}-CPN95"], Threshold: 1000m, PercentOff: 5m, MaxDiscount: 300m),
            new PromotionApplicability { Channels = Retail },
            d11, d11End, ConcurrencyMode.Compound, PromotionLayer.Coupon, 20, 2_500_000m, PromotionGoals.Volume, usageLimit: 40_000);
        w.Code(d11Coupon, $"DOUBLE11-{y}-APP", d11, d11End, 30_000, 1);
        w.Code(d11Coupon, $"DOUBLE11-{y}-NEW", d11, d11End, 8_000, 1);
        w.Code(d11Coupon, $"DOUBLE11-{y}-LIVE", data.China(11, 10, 20), data.China(11, 11, 2), 2_000, 1);

        var d12 = data.China(12, 1);
        var d12End = data.China(12, 13);
        w.Add($"D12{y}-TIERS", "双12 满2000减200/满5000减600/满10000减1500", PromotionKind.Threshold,
            new ThresholdParameters([new(2000m, AmountOff: 200m), new(5000m, AmountOff: 600m), new(10000m, AmountOff: 1500m)]),
            new PromotionApplicability { Channels = Retail },
            d12, d12End, ConcurrencyMode.Compound, PromotionLayer.OrderThreshold, 60, 1_500_000m, PromotionGoals.Volume);
        w.FlashSale($"D12{y}-FLASH-E3", "双12 零点秒杀 降噪耳机 E3", data.Product("WR-TG-E3").Key,
            PricingDemoData.PricePoint(data.Product("WR-TG-E3").ListPrice * 0.67m), 1, 800, data.China(12, 12, 0), data.China(12, 12, 2), 240_000m);
        var d12Coupon = w.Add($"D12{y}-CPN100", "双12 满999减100券", PromotionKind.Coupon,
            new CouponParameters([$"D12{y}-CPN100"], Threshold: 999m, AmountOff: 100m),
            new PromotionApplicability { Channels = Retail },
            d12, d12End, ConcurrencyMode.Compound, PromotionLayer.Coupon, 20, 1_000_000m, PromotionGoals.ClearStock, usageLimit: 10_000);
        w.Code(d12Coupon, $"DOUBLE12-{y}-A100", d12, d12End, 6_000, 1);
        w.Code(d12Coupon, $"DOUBLE12-{y}-STORE100", d12, d12End, 3_000, 1);
        w.Code(d12Coupon, $"DOUBLE12-{y}-VIP100", data.China(12, 10), d12End, 1_000, 2);
    }

    private static void YearRound(PricingDemoData data, PromotionWriter w, string y)
    {
        var welcome = w.Add($"NEW{y}-WELCOME", "新客首单 满500减50券", PromotionKind.Coupon,
            new CouponParameters([$"NEW{y}-WELCOME"], Threshold: 500m, AmountOff: 50m),
            new PromotionApplicability { CustomerGroups = ["Consumer", "SmallBusiness"] },
            data.China(1, 1), data.China(1, 1, yearOffset: 1), ConcurrencyMode.Compound, PromotionLayer.Coupon, 10, 500_000m,
            PromotionGoals.AcquireCustomers, usageLimit: 10_000);
        // One code per quarter, each valid for its quarter only.
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            var from = data.China(quarter * 3 - 2, 1);
            var to = quarter == 4 ? data.China(1, 1, yearOffset: 1) : data.China(quarter * 3 + 1, 1);
            w.Code(welcome, $"WELCOME{y}-Q{quarter}", from, to, 2_500, 1);
        }
    }
}
