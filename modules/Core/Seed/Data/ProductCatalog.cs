namespace Platform.Modules.Core.Seed.Data;

/// <summary>A demo product; <paramref name="Popularity"/> (1–10) drives order mix and store assortment.</summary>
internal sealed record CatalogItem(
    string Sku, string Name, string ProductLine, string Series, string Category, decimal ListPrice, decimal UnitCost, int Popularity);

/// <summary>Forty consumer-electronics products in five product lines, with realistic CNY costs and prices.</summary>
internal static class ProductCatalog
{
    public const string Phones = "智能手机";
    public const string Laptops = "笔记本电脑";
    public const string Tablets = "平板电脑";
    public const string Wearables = "智能穿戴";
    public const string SmartHome = "智能家居";

    public static readonly CatalogItem[] Items =
    [
        new("SP-XY-X9P", "星耀 X9 Pro 12+512GB", Phones, "星耀X", "旗舰手机", 6999m, 4550m, 8),
        new("SP-XY-X9", "星耀 X9 12+256GB", Phones, "星耀X", "旗舰手机", 5499m, 3630m, 9),
        new("SP-XY-X9M", "星耀 X9 mini 12+256GB", Phones, "星耀X", "旗舰手机", 4599m, 3080m, 5),
        new("SP-XY-F5", "星耀 Fold 5 折叠屏 16+512GB", Phones, "星耀X", "折叠屏手机", 9999m, 6800m, 3),
        new("SP-QC-N7P", "青春 N7 Pro 12+256GB", Phones, "青春N", "中端手机", 2799m, 1930m, 8),
        new("SP-QC-N7", "青春 N7 8+256GB", Phones, "青春N", "中端手机", 2299m, 1610m, 10),
        new("SP-QC-N6", "青春 N6 8+128GB", Phones, "青春N", "中端手机", 1699m, 1230m, 7),
        new("SP-CX-C3", "畅享 C3 6+128GB", Phones, "畅享C", "入门手机", 999m, 760m, 6),

        new("NB-GF-14", "光锋 14 轻薄本 i5/16G/512G", Laptops, "光锋", "轻薄本", 5499m, 4070m, 7),
        new("NB-GF-14P", "光锋 14 Pro i7/32G/1T", Laptops, "光锋", "轻薄本", 7999m, 5760m, 5),
        new("NB-GF-16", "光锋 16 i5/16G/1T", Laptops, "光锋", "轻薄本", 6499m, 4810m, 5),
        new("NB-ZY-15", "战鹰 15 游戏本 RTX4060", Laptops, "战鹰", "游戏本", 8499m, 6460m, 4),
        new("NB-ZY-17", "战鹰 17 游戏本 RTX4070", Laptops, "战鹰", "游戏本", 10999m, 8250m, 2),
        new("NB-SW-13", "商务 S13 i5/16G/512G", Laptops, "商务S", "商务本", 6999m, 4970m, 6),
        new("NB-SW-14", "商务 S14 i7/32G/1T", Laptops, "商务S", "商务本", 7999m, 5680m, 5),
        new("NB-SW-X1", "商务 X1 Ultra 碳纤维", Laptops, "商务S", "商务本", 12999m, 8960m, 2),

        new("TB-MP-11", "妙屏 11 8+128GB", Tablets, "妙屏", "影音平板", 2499m, 1720m, 7),
        new("TB-MP-12P", "妙屏 12 Pro 12+256GB", Tablets, "妙屏", "影音平板", 3999m, 2720m, 5),
        new("TB-MP-13M", "妙屏 13 Max 16+512GB", Tablets, "妙屏", "影音平板", 5499m, 3740m, 3),
        new("TB-XX-10", "学习平板 X10", Tablets, "学习", "教育平板", 1999m, 1300m, 6),
        new("TB-XX-11P", "学习平板 X11 Pro", Tablets, "学习", "教育平板", 2999m, 1950m, 4),
        new("TB-BG-12", "办公平板 W12", Tablets, "办公", "办公平板", 4299m, 2970m, 3),
        new("TB-BG-KB", "办公平板键盘 W12", Tablets, "办公", "平板配件", 699m, 310m, 4),
        new("TB-PEN-2", "手写笔 2代", Tablets, "办公", "平板配件", 499m, 190m, 6),

        new("WR-WS-W5", "智能手表 W5 46mm", Wearables, "腕上", "智能手表", 1999m, 1100m, 7),
        new("WR-WS-W5P", "智能手表 W5 Pro 钛金属", Wearables, "腕上", "智能手表", 2799m, 1560m, 5),
        new("WR-WS-B8", "运动手环 B8", Wearables, "腕上", "手环", 299m, 150m, 9),
        new("WR-WS-B8N", "运动手环 B8 NFC版", Wearables, "腕上", "手环", 349m, 175m, 7),
        new("WR-TG-E3", "降噪耳机 E3", Wearables, "听感", "耳机", 899m, 430m, 8),
        new("WR-TG-E3P", "降噪耳机 E3 Pro", Wearables, "听感", "耳机", 1499m, 720m, 6),
        new("WR-TG-O2", "开放式耳机 O2", Wearables, "听感", "耳机", 699m, 330m, 5),
        new("WR-TB-K1", "儿童手表 K1", Wearables, "童伴", "儿童手表", 899m, 470m, 5),

        new("SH-YX-S1", "智能音箱 S1", SmartHome, "悦享", "智能音箱", 399m, 210m, 7),
        new("SH-YX-S1M", "智能音箱 S1 mini", SmartHome, "悦享", "智能音箱", 199m, 105m, 8),
        new("SH-QJ-R10", "扫地机器人 R10", SmartHome, "清洁", "清洁电器", 3299m, 1980m, 4),
        new("SH-QJ-R10P", "扫拖一体机器人 R10 Pro", SmartHome, "清洁", "清洁电器", 4599m, 2760m, 3),
        new("SH-AF-L7", "智能门锁 L7", SmartHome, "安防", "智能门锁", 1799m, 990m, 4),
        new("SH-AF-C5", "智能摄像头 C5", SmartHome, "安防", "摄像头", 299m, 150m, 6),
        new("SH-KQ-P6", "空气净化器 P6", SmartHome, "空气", "空气净化", 1999m, 1150m, 3),
        new("SH-KQ-H2", "智能加湿器 H2", SmartHome, "空气", "空气净化", 499m, 270m, 4),
    ];
}
