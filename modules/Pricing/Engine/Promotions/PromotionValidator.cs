using Platform.Modules.Pricing.Model;
using System.Globalization;

namespace Platform.Modules.Pricing.Engine.Promotions;

/// <summary>Checks a promotion definition before it is stored or indexed; pure, returns every problem found.</summary>
public static class PromotionValidator
{
    /// <summary>The field errors of <paramref name="definition"/>; empty when it is valid.</summary>
    public static IReadOnlyList<FieldError> Validate(PromotionDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = new List<FieldError>();
        Required(errors, PricingFieldNames.Id, definition.Id);
        Required(errors, PricingFieldNames.Code, definition.Code);
        Required(errors, PricingFieldNames.Name, definition.Name);
        if (definition.EndsAt is { } ends && ends.UtcDateTime <= definition.StartsAt.UtcDateTime)
        {
            errors.Add(new("endsAt", "must be after startsAt"));
        }
        CheckOnlyOwnParameters(errors, definition);
        switch (definition.Kind)
        {
            case PromotionKind.DirectCut when definition.DirectCut is { } p:
                ExactlyOne(errors, "directCut", ("percentOff", p.PercentOff), ("amountOffPerUnit", p.AmountOffPerUnit), ("specialUnitPrice", p.SpecialUnitPrice));
                Percent(errors, "directCut.percentOff", p.PercentOff);
                NonNegative(errors, "directCut.amountOffPerUnit", p.AmountOffPerUnit);
                NonNegative(errors, "directCut.specialUnitPrice", p.SpecialUnitPrice);
                break;
            case PromotionKind.Multibuy when definition.Multibuy is { } p:
                Positive(errors, "multibuy.buyQuantity", p.BuyQuantity);
                if (p.GetQuantity is null == p.GroupPrice is null)
                {
                    errors.Add(new("multibuy", "set exactly one of getQuantity (buy N get M) and groupPrice (N for a price)"));
                }
                if (p.GetQuantity is { } get)
                {
                    Positive(errors, "multibuy.getQuantity", get);
                }
                if (p.GetPercentOff is not null && p.GetQuantity is null)
                {
                    errors.Add(new("multibuy.getPercentOff", "only with getQuantity"));
                }
                Percent(errors, "multibuy.getPercentOff", p.GetPercentOff);
                NonNegative(errors, "multibuy.groupPrice", p.GroupPrice);
                break;
            case PromotionKind.Bundle when definition.Bundle is { } p:
                if (p.ItemCount < 2)
                {
                    errors.Add(new("bundle.itemCount", "must be at least 2"));
                }
                ExactlyOne(errors, "bundle", ("dealPrice", p.DealPrice), ("percentOff", p.PercentOff), ("cheapestItemPercentOff", p.CheapestItemPercentOff));
                NonNegative(errors, "bundle.dealPrice", p.DealPrice);
                Percent(errors, "bundle.percentOff", p.PercentOff);
                Percent(errors, "bundle.cheapestItemPercentOff", p.CheapestItemPercentOff);
                break;
            case PromotionKind.Threshold when definition.Threshold is { } p:
                Threshold(errors, p);
                break;
            case PromotionKind.Gift when definition.Gift is { } p:
                NonNegative(errors, "gift.threshold", p.Threshold);
                Required(errors, "gift.giftProductId", p.GiftProductId);
                Positive(errors, "gift.giftQuantity", p.GiftQuantity);
                break;
            case PromotionKind.FlashSale when definition.FlashSale is { } p:
                ExactlyOne(errors, "flashSale", ("flashUnitPrice", p.FlashUnitPrice), ("percentOff", p.PercentOff));
                NonNegative(errors, "flashSale.flashUnitPrice", p.FlashUnitPrice);
                Percent(errors, "flashSale.percentOff", p.PercentOff);
                if (p.PerCustomerLimit is { } limit)
                {
                    Positive(errors, "flashSale.perCustomerLimit", limit);
                }
                if (p.ReservedStock is < 0)
                {
                    errors.Add(new("flashSale.reservedStock", "must not be negative"));
                }
                break;
            case PromotionKind.MemberPrice when definition.MemberPrice is { } p:
                if (p.MemberTiers is null || p.MemberTiers.Count == 0)
                {
                    errors.Add(new("memberPrice.memberTiers", "list at least one member tier"));
                }
                ExactlyOne(errors, "memberPrice", ("memberUnitPrice", p.MemberUnitPrice), ("percentOff", p.PercentOff));
                NonNegative(errors, "memberPrice.memberUnitPrice", p.MemberUnitPrice);
                Percent(errors, "memberPrice.percentOff", p.PercentOff);
                break;
            case PromotionKind.PresaleDeposit when definition.PresaleDeposit is { } p:
                if (p.DepositPerUnit <= 0m)
                {
                    errors.Add(new("presaleDeposit.depositPerUnit", "must be greater than 0"));
                }
                if (p.Multiplier < 1m)
                {
                    errors.Add(new("presaleDeposit.multiplier", "must be at least 1"));
                }
                break;
            case PromotionKind.Coupon when definition.Coupon is { } p:
                if (p.Codes is null || p.Codes.Count == 0 || p.Codes.Any(string.IsNullOrWhiteSpace))
                {
                    errors.Add(new("coupon.codes", "list at least one non-empty code"));
                }
                NonNegative(errors, "coupon.threshold", p.Threshold);
                ExactlyOne(errors, "coupon", ("amountOff", p.AmountOff), ("percentOff", p.PercentOff));
                NonNegative(errors, "coupon.amountOff", p.AmountOff);
                Percent(errors, "coupon.percentOff", p.PercentOff);
                NonNegative(errors, "coupon.maxDiscount", p.MaxDiscount);
                if (p.MaxDiscount is not null && p.PercentOff is null)
                {
                    errors.Add(new("coupon.maxDiscount", "a cap only applies to percentOff"));
                }
                break;
            default:
                errors.Add(new(ParameterField(definition.Kind), $"required for kind {definition.Kind}"));
                break;
        }
        if (UsesAmounts(definition) && string.IsNullOrWhiteSpace(definition.Currency))
        {
            errors.Add(new(PricingFieldNames.Currency, "required when the promotion has amounts"));
        }
        return errors;
    }

    private static void Threshold(List<FieldError> errors, ThresholdParameters p)
    {
        if (p.Tiers is null || p.Tiers.Count == 0)
        {
            errors.Add(new("threshold.tiers", "list at least one tier"));
            return;
        }
        if (p.Repeating && p.Tiers.Count > 1)
        {
            errors.Add(new("threshold.tiers", "a repeating (每满) threshold has exactly one tier"));
        }
        NonNegative(errors, "threshold.maxDiscount", p.MaxDiscount);
        var previous = decimal.MinValue;
        for (var i = 0; i < p.Tiers.Count; i++)
        {
            var tier = p.Tiers[i];
            var path = $"threshold.tiers[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (tier.Threshold <= 0m)
            {
                errors.Add(new(path + ".threshold", "must be greater than 0"));
            }
            else if (tier.Threshold <= previous)
            {
                errors.Add(new(path + ".threshold", "tiers must be in increasing threshold order"));
            }
            previous = tier.Threshold;
            ExactlyOne(errors, path, ("amountOff", tier.AmountOff), ("percentOff", tier.PercentOff));
            NonNegative(errors, path + ".amountOff", tier.AmountOff);
            Percent(errors, path + ".percentOff", tier.PercentOff);
            if (p.Repeating && tier.PercentOff is not null)
            {
                errors.Add(new(path + ".percentOff", "a repeating (每满) threshold takes an amount off"));
            }
        }
    }

    private static void CheckOnlyOwnParameters(List<FieldError> errors, PromotionDefinition d)
    {
        (PromotionKind Kind, object? Value)[] all =
        [
            (PromotionKind.DirectCut, d.DirectCut), (PromotionKind.Multibuy, d.Multibuy), (PromotionKind.Bundle, d.Bundle),
            (PromotionKind.Threshold, d.Threshold), (PromotionKind.Gift, d.Gift), (PromotionKind.FlashSale, d.FlashSale),
            (PromotionKind.MemberPrice, d.MemberPrice), (PromotionKind.PresaleDeposit, d.PresaleDeposit), (PromotionKind.Coupon, d.Coupon),
        ];
        foreach (var (kind, value) in all)
        {
            if (kind != d.Kind && value is not null)
            {
                errors.Add(new(ParameterField(kind), $"not allowed for kind {d.Kind}"));
            }
        }
    }

    private static bool UsesAmounts(PromotionDefinition d) => d.Kind switch
    {
        PromotionKind.DirectCut => d.DirectCut is { AmountOffPerUnit: not null } or { SpecialUnitPrice: not null },
        PromotionKind.Multibuy => d.Multibuy is { GroupPrice: not null },
        PromotionKind.Bundle => d.Bundle is { DealPrice: not null },
        PromotionKind.Threshold or PromotionKind.Gift or PromotionKind.PresaleDeposit => true,
        PromotionKind.FlashSale => d.FlashSale is { FlashUnitPrice: not null },
        PromotionKind.MemberPrice => d.MemberPrice is { MemberUnitPrice: not null },
        PromotionKind.Coupon => d.Coupon is { AmountOff: not null } or { Threshold: > 0m } or { MaxDiscount: not null },
        _ => false,
    };

    private static string ParameterField(PromotionKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static void Required(List<FieldError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, "required"));
        }
    }

    private static void ExactlyOne(List<FieldError> errors, string path, params (string Name, decimal? Value)[] options)
    {
        var set = options.Count(o => o.Value is not null);
        if (set != 1)
        {
            var names = string.Join(", ", options.Select(o => o.Name));
            errors.Add(new(path, set == 0 ? $"set one of {names}" : $"set only one of {names}"));
        }
    }

    private static void Percent(List<FieldError> errors, string field, decimal? value)
    {
        if (value is { } percent && (percent <= 0m || percent > 100m))
        {
            errors.Add(new(field, "must be greater than 0 and at most 100"));
        }
    }

    private static void NonNegative(List<FieldError> errors, string field, decimal? value)
    {
        if (value is < 0m)
        {
            errors.Add(new(field, "must not be negative"));
        }
    }

    private static void Positive(List<FieldError> errors, string field, int value)
    {
        if (value <= 0)
        {
            errors.Add(new(field, "must be greater than 0"));
        }
    }
}
