using Platform.Modules.Pricing.Seed;

namespace Platform.Modules.Pricing.Tests.Seed;

/// <summary>Core-like inputs of the demo seeder: part of the Core demo catalogue, two cities and their stores.</summary>
internal static class SeedSamples
{
    /// <summary>Noon in Beijing on 3 December 2026: the calendar is 2026.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 3, 4, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static int _next;

    public static readonly SeedProduct[] Products =
    [
        P("SP-XY-X9P", "星耀 X9 Pro 12+512GB", "智能手机", "旗舰手机", 4550m, 6999m),
        P("SP-XY-X9", "星耀 X9 12+256GB", "智能手机", "旗舰手机", 3630m, 5499m),
        P("SP-XY-X9M", "星耀 X9 mini 12+256GB", "智能手机", "旗舰手机", 3080m, 4599m),
        P("SP-XY-F5", "星耀 Fold 5 折叠屏", "智能手机", "折叠屏手机", 6800m, 9999m),
        P("SP-QC-N7", "青春 N7 8+256GB", "智能手机", "中端手机", 1610m, 2299m),
        P("SP-CX-C3", "畅享 C3 6+128GB", "智能手机", "入门手机", 760m, 999m),
        P("NB-GF-14", "光锋 14 轻薄本", "笔记本电脑", "轻薄本", 4070m, 5499m),
        P("NB-GF-14P", "光锋 14 Pro", "笔记本电脑", "轻薄本", 5760m, 7999m),
        P("NB-ZY-15", "战鹰 15 游戏本", "笔记本电脑", "游戏本", 6460m, 8499m),
        P("NB-ZY-17", "战鹰 17 游戏本", "笔记本电脑", "游戏本", 8250m, 10999m),
        P("NB-SW-X1", "商务 X1 Ultra", "笔记本电脑", "商务本", 8960m, 12999m),
        P("TB-MP-11", "妙屏 11", "平板电脑", "影音平板", 1720m, 2499m),
        P("TB-MP-13M", "妙屏 13 Max", "平板电脑", "影音平板", 3740m, 5499m),
        P("TB-XX-10", "学习平板 X10", "平板电脑", "教育平板", 1300m, 1999m),
        P("TB-XX-11P", "学习平板 X11 Pro", "平板电脑", "教育平板", 1950m, 2999m),
        P("TB-BG-KB", "办公平板键盘 W12", "平板电脑", "平板配件", 310m, 699m),
        P("TB-PEN-2", "手写笔 2代", "平板电脑", "平板配件", 190m, 499m),
        P("WR-WS-W5", "智能手表 W5 46mm", "智能穿戴", "智能手表", 1100m, 1999m),
        P("WR-WS-B8", "运动手环 B8", "智能穿戴", "手环", 150m, 299m),
        P("WR-WS-B8N", "运动手环 B8 NFC版", "智能穿戴", "手环", 175m, 349m),
        P("WR-TG-E3", "降噪耳机 E3", "智能穿戴", "耳机", 430m, 899m),
        P("WR-TB-K1", "儿童手表 K1", "智能穿戴", "儿童手表", 470m, 899m),
        P("SH-YX-S1", "智能音箱 S1", "智能家居", "智能音箱", 210m, 399m),
        P("SH-YX-S1M", "智能音箱 S1 mini", "智能家居", "智能音箱", 105m, 199m),
        P("SH-QJ-R10", "扫地机器人 R10", "智能家居", "清洁电器", 1980m, 3299m),
        P("SH-QJ-R10P", "扫拖一体机器人 R10 Pro", "智能家居", "清洁电器", 2760m, 4599m),
        P("SH-AF-C5", "智能摄像头 C5", "智能家居", "摄像头", 150m, 299m),
        P("SH-KQ-P6", "空气净化器 P6", "智能家居", "空气净化", 1150m, 1999m),
        P("SH-OLD-01", "旧款音箱（停售）", "智能家居", "智能音箱", 90m, 159m) with { Active = false },
    ];

    public static readonly SeedRegion Shanghai = new(Id(), "SHANGHAI", "上海", "City");

    public static readonly SeedRegion Hangzhou = new(Id(), "HANGZHOU", "杭州", "City");

    public static readonly SeedRegion[] Regions = [new(Id(), "CN", "中国", "National"), Shanghai, Hangzhou];

    public static readonly SeedStore ShanghaiFlagship = new(Id(), "SH-F01", "上海南京路旗舰店", "Flagship", Shanghai.Id, "Open");

    public static readonly SeedStore[] Stores =
    [
        new(Id(), "SH-S01", "上海徐家汇店", "Standard", Shanghai.Id, "Open"),
        ShanghaiFlagship,
        new(Id(), "HZ-F01", "杭州湖滨旗舰店", "Flagship", Hangzhou.Id, "Open"),
    ];

    /// <summary>Products of another catalogue, without any of the SKUs the calendar names.</summary>
    public static readonly SeedProduct[] OtherCatalogue =
    [
        P("TEA-01", "西湖龙井 250g", "茶叶", "绿茶", 120m, 268m),
        P("TEA-02", "普洱 357g", "茶叶", "黑茶", 90m, 198m),
        P("CUP-01", "紫砂壶", "茶具", "茶壶", 260m, 688m),
    ];

    public static PricingDemoData Build(DateTimeOffset? now = null) => PricingDemoSeeder.Build(Products, Regions, Stores, now ?? Now);

    private static SeedProduct P(string sku, string name, string line, string category, decimal cost, decimal list) =>
        new(Id(), sku, name, line, category, cost, list, "CNY", true);

    private static Guid Id() => new(Interlocked.Increment(ref _next), 0x5eed, 0x4000, [0x80, 0, 0, 0, 0, 0, 0, 1]);
}
