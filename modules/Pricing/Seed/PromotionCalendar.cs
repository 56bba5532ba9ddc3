using System.Globalization;
using Platform.Modules.Core.Contracts;
using Platform.Modules.Pricing.Engine.Promotions;

namespace Platform.Modules.Pricing.Seed;

/// <summary>
/// The promotion calendar of the year (China time): Spring Festival (Jan–Feb), spring (Mar–May), 618 (June),
/// summer (Jul–Aug), pre-Double-11 (Sep–Oct), Double 11/12 (Nov–Dec), plus a year-round welcome coupon.
/// Flash sales are exclusive, competing direct cuts, multibuys and bundles best-price, thresholds, gifts,
/// coupons, presales and member discounts compound.
/// </summary>
internal static partial class PromotionCalendar
{
    private static readonly string[] Retail = [nameof(SalesChannel.Store), nameof(SalesChannel.Online)];

    public static void Build(PricingDemoData data)
    {
        var w = new PromotionWriter(data);
        var y = data.Year.ToString(CultureInfo.InvariantCulture);
        SpringFestival(data, w, y);
        Spring(data, w, y);
        Six18(data, w, y);
        Summer(data, w, y);
        PreDouble11(data, w, y);
        Double11And12(data, w, y);
        YearRound(data, w, y);
    }

    private static void SpringFestival(PricingDemoData data, PromotionWriter w, string y)
    {
        w.Add($"CNY{y}-GIFT", "新春年货节 手机/笔记本满3000赠智能音箱", PromotionKind.Gift,
            new GiftParameters(3000m, data.Product("SH-YX-S1M").Key, 1),
            new PromotionApplicability { ProductLines = data.LinesOf("SP-XY-X9", "NB-GF-14"), Channels = Retail },
            data.China(1, 10), data.China(3, 1), ConcurrencyMode.Compound, PromotionLayer.OrderThreshold, 50, 150_000m, PromotionGoals.Volume);
        w.Add($"CNY{y}-CUT-WEAR", "年终清仓 智能穿戴直降10%", PromotionKind.DirectCut,
            new DirectCutParameters(PercentOff: 10m),
            new PromotionApplicability { ProductLines = data.LinesOf("WR-WS-W5"), Channels = Retail },
            data.China(1, 1), data.China(2, 16), ConcurrencyMode.BestPrice, PromotionLayer.UnitPrice, 40, 300_000m, PromotionGoals.ClearStock);
        // Competes with the 10% above on the same watch: the better price for the customer wins.
        w.Add($"CNY{y}-CUT-W5", "年终特价 智能手表 W5 特价（约85折）", PromotionKind.DirectCut,
            new DirectCutParameters(SpecialUnitPrice: PricingDemoData.PricePoint(data.Product("WR-WS-W5").ListPrice * 0.85m)),
            new PromotionApplicability { ProductIds = data.ProductIds("WR-WS-W5"), Channels = Retail },
            data.China(1, 15), data.China(2, 16), ConcurrencyMode.BestPrice, PromotionLayer.UnitPrice, 45, 120_000m, PromotionGoals.ClearStock);
    }

    private static void Spring(PricingDemoData data, PromotionWriter w, string y)
    {
        w.Add($"SPR{y}-NEW-X9", "新品首发 星耀 X9 系列限时立减300", PromotionKind.DirectCut,
            new DirectCutParameters(AmountOffPerUnit: 300m),
            new PromotionApplicability { ProductIds = data.ProductIds("SP-XY-X9P", "SP-XY-X9", "SP-XY-X9M") },
            data.China(3, 18), data.China(4, 8), ConcurrencyMode.BestPrice, PromotionLayer.UnitPrice, 40, 600_000m, PromotionGoals.Launch);
        w.Add($"SPR{y}-LTD-TAB", "春季限时折扣 平板电脑88折", PromotionKind.DirectCut,
            new DirectCutParameters(PercentOff: 12m),
            new PromotionApplicability { ProductLines = data.LinesOf("TB-MP-11"), Channels = Retail },
            data.China(4, 1), data.China(4, 16), ConcurrencyMode.BestPrice, PromotionLayer.UnitPrice, 40, 250_000m, PromotionGoals.Volume);
        w.Add($"SPR{y}-MULTI-HOME", "五一 智能音箱/摄像头 买二赠一", PromotionKind.Multibuy,
            new MultibuyParameters(BuyQuantity: 2, GetQuantity: 1),
            new PromotionApplicability { Categories = data.CategoriesOf("SH-YX-S1", "SH-AF-C5"), Channels = Retail },
            data.China(4, 28), data.China(5, 6), ConcurrencyMode.BestPrice, PromotionLayer.ItemSubtotal, 40, 80_000m, PromotionGoals.Volume);
        w.Add($"SPR{y}-MULTI-BAND", "运动手环任选两件549", PromotionKind.Multibuy,
            new MultibuyParameters(BuyQuantity: 2, GroupPrice: 549m),
            new PromotionApplicability { Categories = data.CategoriesOf("WR-WS-B8"), Channels = Retail },
            data.China(5, 1), data.China(6, 1), ConcurrencyMode.BestPrice, PromotionLayer.ItemSubtotal, 35, 60_000m, PromotionGoals.ClearStock);
    }

    private static void Six18(PricingDemoData data, PromotionWriter w, string y)
    {
        var start = data.China(6, 1);
        var end = data.China(6, 19);
        w.Add($"618-{y}-TIERS", "618 全品类满减 满1000减100/满3000减350/满6000减800", PromotionKind.Threshold,
            new ThresholdParameters([new(1000m, AmountOff: 100m), new(3000m, AmountOff: 350m), new(6000m, AmountOff: 800m)]),
            new PromotionApplicability { Channels = Retail },
            start, end, ConcurrencyMode.Compound, PromotionLayer.OrderThreshold, 60, 2_000_000m, PromotionGoals.Volume);
        w.Add($"618-{y}-EVERY", "618 穿戴/家居 每满300减30", PromotionKind.Threshold,
            new ThresholdParameters([new(300m, AmountOff: 30m)], Repeating: true, MaxDiscount: 300m),
            new PromotionApplicability { ProductLines = data.LinesOf("WR-WS-B8", "SH-YX-S1"), Channels = Retail },
            start, end, ConcurrencyMode.Compound, PromotionLayer.OrderThreshold, 55, 400_000m, PromotionGoals.Volume);
        w.Add($"618-{y}-GIFT", "618 笔记本满4999赠运动手环", PromotionKind.Gift,
            new GiftParameters(4999m, data.Product("WR-WS-B8").Key, 1),
            new PromotionApplicability { ProductLines = data.LinesOf("NB-GF-14"), Channels = Retail },
            start, end, ConcurrencyMode.Compound, PromotionLayer.OrderThreshold, 50, 200_000m, PromotionGoals.Volume);
        w.Add($"618-{y}-MEMBER", "618 金卡/铂金卡会员95折", PromotionKind.MemberPrice,
            new MemberPriceParameters(["Gold", "Platinum"], PercentOff: 5m),
            new PromotionApplicability { Channels = Retail },
            start, data.China(7, 1), ConcurrencyMode.Compound, PromotionLayer.Member, 30, 500_000m, PromotionGoals.Loyalty);
        w.Add($"618-{y}-MEMBER-N7", "618 会员专享价 青春 N7", PromotionKind.MemberPrice,
            new MemberPriceParameters(["Silver", "Gold", "Platinum"], MemberUnitPrice: PricingDemoData.PricePoint(data.Product("SP-QC-N7").ListPrice * 0.91m)),
            new PromotionApplicability { ProductIds = data.ProductIds("SP-QC-N7") },
            data.China(6, 10), end, ConcurrencyMode.BestPrice, PromotionLayer.Member, 35, 150_000m, PromotionGoals.Loyalty);
        var coupon = w.Add($"618-{y}-CPN200", "618 满2000减200券", PromotionKind.Coupon,
            new CouponParameters([$"618-{y}-CPN200"], Threshold: 2000m, AmountOff: 200m),
            new PromotionApplicability { Channels = Retail },
            start, end, ConcurrencyMode.Compound, PromotionLayer.Coupon, 20, 3_000_000m, PromotionGoals.Volume, usageLimit: 15_000);
        w.Code(coupon, $"JUNE{y}-APP200", start, end, 10_000, 1);
        w.Code(coupon, $"JUNE{y}-EARLY200", start, data.China(6, 4), 3_000, 1);
        w.Code(coupon, $"JUNE{y}-VIP200", data.China(6, 16), end, 2_000, 2);
    }
}
