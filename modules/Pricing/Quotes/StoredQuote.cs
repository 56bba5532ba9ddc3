using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Modules.Pricing.Quotes;

/// <summary>An order's last quote as stored in <c>order_pricing.quote</c>, with the coupon codes it used (promotion code → code id).</summary>
internal sealed record StoredQuote(QuoteResponse Quote, IReadOnlyDictionary<string, Guid> CouponCodeIds)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string Write() => JsonSerializer.Serialize(this, Json);

    public static StoredQuote? Read(string json) => JsonSerializer.Deserialize<StoredQuote>(json, Json);
}
