namespace Platform.Modules.Core.Seed.Data;

/// <summary>A city of the demo territory with its centre, population and purchasing power.</summary>
/// <param name="Code">Pinyin code.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="Latitude">Centre latitude.</param>
/// <param name="Longitude">Centre longitude.</param>
/// <param name="Population">Resident population (2023, rounded).</param>
/// <param name="PurchasingPower">Purchasing power index, national average 1.0.</param>
/// <param name="CoreCity">True for core cities (flagship stores); the others get experience stores.</param>
/// <param name="AreaCode">Administrative division code of a central district (first six digits of local ID numbers).</param>
/// <param name="Districts">District names used for store names.</param>
internal sealed record CityInfo(
    string Code, string Name, double Latitude, double Longitude, long Population, decimal PurchasingPower,
    bool CoreCity, string AreaCode, string[] Districts);

/// <summary>A province (or province-level municipality) with its cities.</summary>
internal sealed record ProvinceInfo(string Code, string Name, long Population, CityInfo[] Cities);

/// <summary>A sales region with its provinces.</summary>
internal sealed record SalesRegionInfo(string Code, string Name, ProvinceInfo[] Provinces);

/// <summary>The demo territory: China → five sales regions → eleven provinces → fourteen cities.</summary>
internal static class ChinaGeography
{
    public const string NationalCode = "CN";
    public const string NationalName = "中国";
    public const long NationalPopulation = 1_409_670_000;

    public static readonly SalesRegionInfo[] Regions =
    [
        new("HUADONG", "华东大区",
        [
            new("CN-SH", "上海市", 24_870_000,
            [
                new("SHANGHAI", "上海", 31.2304, 121.4737, 24_870_000, 1.62m, true, "310101", ["浦东", "静安", "徐汇", "闵行"]),
            ]),
            new("CN-ZJ", "浙江省", 66_270_000,
            [
                new("HANGZHOU", "杭州", 30.2741, 120.1551, 12_520_000, 1.38m, true, "330106", ["西湖", "滨江", "余杭"]),
                new("NINGBO", "宁波", 29.8683, 121.5440, 9_690_000, 1.25m, false, "330212", ["鄞州", "海曙"]),
            ]),
            new("CN-JS", "江苏省", 85_260_000,
            [
                new("NANJING", "南京", 32.0603, 118.7969, 9_540_000, 1.30m, false, "320106", ["鼓楼", "建邺", "江宁"]),
                new("SUZHOU", "苏州", 31.2989, 120.5853, 12_910_000, 1.35m, false, "320508", ["姑苏", "工业园区"]),
            ]),
        ]),
        new("HUABEI", "华北大区",
        [
            new("CN-BJ", "北京市", 21_860_000,
            [
                new("BEIJING", "北京", 39.9042, 116.4074, 21_860_000, 1.58m, true, "110105", ["朝阳", "海淀", "东城", "丰台"]),
            ]),
            new("CN-TJ", "天津市", 13_640_000,
            [
                new("TIANJIN", "天津", 39.3434, 117.3616, 13_640_000, 1.10m, false, "120101", ["和平", "南开"]),
            ]),
        ]),
        new("HUANAN", "华南大区",
        [
            new("CN-GD", "广东省", 127_060_000,
            [
                new("GUANGZHOU", "广州", 23.1291, 113.2644, 18_830_000, 1.45m, true, "440106", ["天河", "越秀", "番禺"]),
                new("SHENZHEN", "深圳", 22.5431, 114.0579, 17_790_000, 1.55m, true, "440305", ["南山", "福田", "宝安"]),
            ]),
        ]),
        new("HUAZHONG", "华中大区",
        [
            new("CN-HB", "湖北省", 58_380_000,
            [
                new("WUHAN", "武汉", 30.5928, 114.3055, 13_770_000, 1.12m, false, "420103", ["江汉", "武昌", "洪山"]),
            ]),
            new("CN-HN", "湖南省", 65_680_000,
            [
                new("CHANGSHA", "长沙", 28.2282, 112.9388, 10_510_000, 1.08m, false, "430104", ["岳麓", "芙蓉"]),
            ]),
        ]),
        new("XIBU", "西部大区",
        [
            new("CN-SC", "四川省", 83_680_000,
            [
                new("CHENGDU", "成都", 30.5728, 104.0668, 21_400_000, 1.15m, true, "510107", ["锦江", "武侯", "高新"]),
            ]),
            new("CN-CQ", "重庆市", 31_910_000,
            [
                new("CHONGQING", "重庆", 29.5630, 106.5516, 31_910_000, 0.95m, false, "500103", ["渝中", "江北"]),
            ]),
            new("CN-SN", "陕西省", 39_520_000,
            [
                new("XIAN", "西安", 34.3416, 108.9398, 13_080_000, 0.98m, false, "610113", ["雁塔", "碑林"]),
            ]),
        ]),
    ];
}
