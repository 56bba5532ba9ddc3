namespace Platform.Modules.Core.Seed.Data;

/// <summary>Word lists for realistic, made-up Chinese person and company names.</summary>
internal static class ChineseNames
{
    public static readonly string[] Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "韩", "冯", "于", "董", "萧"];

    public static readonly string[] GivenNames =
        ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平",
         "刚", "桂英", "志强", "建华", "晓东", "海燕", "思远", "雨婷", "子涵", "浩然", "欣怡", "宇航", "佳琪", "梓萱", "俊杰", "雅婷"];

    public static readonly string[] CompanyWords =
        ["恒达", "华信", "联创", "鼎盛", "瑞丰", "博远", "金桥", "天成", "新宇", "宏图", "盛世", "正泰", "东方", "远航", "汇通",
         "嘉禾", "明德", "卓越", "睿智", "优品", "星河", "云帆", "启航", "中和"];

    /// <summary>Industries of business customers, with the company-name suffix typical of each.</summary>
    public static readonly (string Industry, string Suffix)[] Industries =
    [
        ("零售", "商贸有限公司"), ("制造", "制造有限公司"), ("金融", "金融服务有限公司"), ("教育", "教育科技有限公司"),
        ("医疗", "医疗科技有限公司"), ("互联网", "网络科技有限公司"), ("物流", "物流有限公司"), ("能源", "能源股份有限公司"),
        ("房地产", "置业有限公司"), ("餐饮", "餐饮管理有限公司"),
    ];

    /// <summary>Public bodies (government customers), with their industry.</summary>
    public static readonly (string Industry, string Body)[] PublicBodies =
    [
        ("政府", "教育局"), ("政府", "交通运输局"), ("政府", "税务局"), ("政府", "市场监督管理局"), ("政府", "数据资源局"),
        ("医疗", "第一人民医院"), ("医疗", "中医院"), ("教育", "第一中学"), ("教育", "职业技术学院"), ("公共事业", "自来水公司"),
    ];

    /// <summary>Industry label of private customers.</summary>
    public const string ConsumerIndustry = "个人消费";
}
