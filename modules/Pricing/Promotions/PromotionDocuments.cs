using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Model;

namespace Platform.Modules.Pricing.Promotions;

/// <summary>
/// The JSON documents of a <see cref="PromotionRow"/>: <c>applicability</c> (who and what it applies to) and
/// <c>parameters</c> (the form's parameters, the engine's record for the row's kind), and the conversion of a
/// row to the engine's <see cref="PromotionDefinition"/>.
/// </summary>
internal static class PromotionDocuments
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The engine's parameter record type of each promotion kind.</summary>
    public static Type ParametersType(PromotionKind kind) => kind switch
    {
        PromotionKind.DirectCut => typeof(DirectCutParameters),
        PromotionKind.Multibuy => typeof(MultibuyParameters),
        PromotionKind.Bundle => typeof(BundleParameters),
        PromotionKind.Threshold => typeof(ThresholdParameters),
        PromotionKind.Gift => typeof(GiftParameters),
        PromotionKind.FlashSale => typeof(FlashSaleParameters),
        PromotionKind.MemberPrice => typeof(MemberPriceParameters),
        PromotionKind.PresaleDeposit => typeof(PresaleDepositParameters),
        PromotionKind.Coupon => typeof(CouponParameters),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown promotion kind."),
    };

    /// <summary>
    /// The JSON text of a document attribute as writers pass it: a JSON element (HTTP input), JSON text, or
    /// an object of the engine's types (another module); null is the empty object.
    /// </summary>
    public static string Text(object? value) => value switch
    {
        null => "{}",
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => "{}",
        JsonElement element => element.GetRawText(),
        string text => text,
        _ => JsonSerializer.Serialize(value, value.GetType(), Json),
    };

    public static string Write(PromotionApplicability applicability) => JsonSerializer.Serialize(applicability, Json);

    public static string WriteParameters(object parameters) => JsonSerializer.Serialize(parameters, parameters.GetType(), Json);

    public static PromotionApplicability ReadApplicability(string json) =>
        JsonSerializer.Deserialize<PromotionApplicability>(json, Json) ?? PromotionApplicability.Any;

    public static object? ReadParameters(PromotionKind kind, string json) => JsonSerializer.Deserialize(json, ParametersType(kind), Json);

    /// <summary>
    /// The engine's definition of a stored promotion. A coupon's codes live in their own table: the engine
    /// gets the promotion's code as the coupon's only code, and a quote translates every valid code a cart
    /// presents into it.
    /// </summary>
    public static PromotionDefinition ToDefinition(PromotionRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return ToDefinition(row, ReadApplicability(row.Applicability), ReadParameters(row.Kind, row.Parameters));
    }

    /// <summary>The engine's definition of a promotion row whose documents are already read.</summary>
    public static PromotionDefinition ToDefinition(PromotionRow row, PromotionApplicability applicability, object? parameters)
    {
        ArgumentNullException.ThrowIfNull(row);
        var definition = new PromotionDefinition
        {
            Id = row.Id.ToString(),
            Code = row.Code,
            Name = row.Name,
            Kind = row.Kind,
            Applicability = applicability,
            StartsAt = row.StartsAt,
            EndsAt = row.EndsAt,
            Mode = row.Mode,
            Priority = row.Priority,
            Layer = row.Layer,
            Currency = row.Currency,
        };
        return row.Kind switch
        {
            PromotionKind.DirectCut => definition with { DirectCut = (DirectCutParameters?)parameters },
            PromotionKind.Multibuy => definition with { Multibuy = (MultibuyParameters?)parameters },
            PromotionKind.Bundle => definition with { Bundle = (BundleParameters?)parameters },
            PromotionKind.Threshold => definition with { Threshold = (ThresholdParameters?)parameters },
            PromotionKind.Gift => definition with { Gift = (GiftParameters?)parameters },
            PromotionKind.FlashSale => definition with { FlashSale = (FlashSaleParameters?)parameters },
            PromotionKind.MemberPrice => definition with { MemberPrice = (MemberPriceParameters?)parameters },
            PromotionKind.PresaleDeposit => definition with { PresaleDeposit = (PresaleDepositParameters?)parameters },
            PromotionKind.Coupon => definition with { Coupon = ((CouponParameters?)parameters) is { } coupon ? coupon with { Codes = [row.Code] } : null },
            _ => definition,
        };
    }
}
