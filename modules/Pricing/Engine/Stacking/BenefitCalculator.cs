using Platform.Modules.Pricing.Engine.Explanation;
using Platform.Modules.Pricing.Engine.Money;
using Platform.Modules.Pricing.Engine.Promotions;

namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>
/// What a promotion is worth on given lines. <c>basis</c> holds the amounts discounts are computed on
/// (the running amounts, or the layer's starting amounts when compounding on the original); <c>measure</c>
/// holds the layer's starting amounts, on which thresholds are measured.
/// </summary>
internal static class BenefitCalculator
{
    public static Benefit Compute(QuoteState q, Candidate c, IReadOnlyList<int> lines, decimal[] basis, decimal[] measure)
    {
        var d = c.Definition;
        return d.Kind switch
        {
            PromotionKind.DirectCut => UnitDeal(q, lines, basis, d.DirectCut!.PercentOff, d.DirectCut.AmountOffPerUnit, d.DirectCut.SpecialUnitPrice),
            PromotionKind.MemberPrice => UnitDeal(q, lines, basis, d.MemberPrice!.PercentOff, null, d.MemberPrice.MemberUnitPrice),
            PromotionKind.PresaleDeposit => Presale(q, lines, basis, d.PresaleDeposit!),
            PromotionKind.FlashSale => Flash(q, c, lines, basis, d.FlashSale!),
            PromotionKind.Multibuy => Multibuy(q, lines, basis, d.Multibuy!),
            PromotionKind.Bundle => Bundle(q, lines, basis, d.Bundle!),
            PromotionKind.Threshold => Threshold(q, lines, basis, measure, d.Threshold!),
            PromotionKind.Gift => Gift(q, lines, measure, d.Gift!),
            PromotionKind.Coupon => Coupon(q, lines, basis, measure, d.Coupon!),
            _ => throw new InvalidOperationException($"Unknown promotion kind {d.Kind}."),
        };
    }

    private static Benefit UnitDeal(QuoteState q, IReadOnlyList<int> lines, decimal[] basis, decimal? percentOff, decimal? amountOffPerUnit, decimal? unitPrice)
    {
        var b = q.Scratch.Reset();
        var r = q.Rounding;
        foreach (var line in lines)
        {
            var amount = basis[line];
            var quantity = q.Quantities[line];
            var discount = percentOff is { } percent ? r.Round(amount * percent * 0.01m)
                : amountOffPerUnit is { } off ? r.Round(off * quantity)
                : amount - r.Round(unitPrice!.Value * quantity);
            Add(b, line, Math.Clamp(discount, 0m, amount));
        }
        return NoDiscountWhenZero(b);
    }

    private static Benefit Presale(QuoteState q, IReadOnlyList<int> lines, decimal[] basis, PresaleDepositParameters p)
    {
        var b = q.Scratch.Reset();
        var r = q.Rounding;
        foreach (var line in lines)
        {
            var quantity = q.Quantities[line];
            var deposit = r.Round(p.DepositPerUnit * quantity);
            var credited = r.Round(p.DepositPerUnit * p.Multiplier * quantity);
            b.Deposit += deposit;
            b.Credited += credited;
            Add(b, line, Math.Clamp(credited - deposit, 0m, basis[line]));
        }
        return b;
    }

    private static Benefit Flash(QuoteState q, Candidate c, IReadOnlyList<int> lines, decimal[] basis, FlashSaleParameters p)
    {
        if (!q.Cart.FlashSales.TryGetValue(c.Definition.Id, out var usage))
        {
            return q.Scratch.Reset().Fail(NotAppliedReason.StockUnknown);
        }
        var limitLeft = p.PerCustomerLimit is { } limit ? limit - usage.AlreadyBought : int.MaxValue;
        if (limitLeft <= 0)
        {
            return q.Scratch.Reset().Fail(NotAppliedReason.LimitReached);
        }
        if (usage.RemainingStock <= 0)
        {
            return q.Scratch.Reset().Fail(NotAppliedReason.StockExhausted);
        }
        var allowed = Math.Min(limitLeft, usage.RemainingStock);
        // The units granted go where the flash price saves most (ties: cart order).
        var perUnit = new (int Line, decimal Saving)[lines.Count];
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            var unit = basis[line] / q.Quantities[line];
            var saving = p.FlashUnitPrice is { } price ? unit - price : unit * p.PercentOff!.Value * 0.01m;
            perUnit[k] = (line, Math.Max(0m, saving));
        }
        Array.Sort(perUnit, static (a, b) => a.Saving != b.Saving ? b.Saving.CompareTo(a.Saving) : a.Line.CompareTo(b.Line));
        var b = q.Scratch.Reset();
        var left = allowed;
        foreach (var (line, saving) in perUnit)
        {
            var quantity = q.Quantities[line];
            b.FlashEligibleUnits += quantity;
            var units = Math.Min(left, quantity);
            if (units <= 0 || saving == 0m)
            {
                continue;
            }
            left -= units;
            b.FlashUnits += units;
            Add(b, line, Math.Min(q.Rounding.Round(saving * units), basis[line]));
        }
        if (b.FlashUnits < b.FlashEligibleUnits)
        {
            b.FlashBound = limitLeft <= usage.RemainingStock
                ? $"per-customer limit {p.PerCustomerLimit}, {usage.AlreadyBought} already bought"
                : $"{usage.RemainingStock} unit(s) of reserved stock left";
        }
        return NoDiscountWhenZero(b);
    }

    private static Benefit Multibuy(QuoteState q, IReadOnlyList<int> lines, decimal[] basis, MultibuyParameters p)
    {
        var runs = UnitGroupDeals.Runs(lines, basis, q.Quantities, out var units);
        var groupSize = p.BuyQuantity + (p.GetQuantity ?? 0);
        if (units < groupSize)
        {
            return q.Scratch.Reset().Fail(NotAppliedReason.QuantityNotMet, missingQuantity: groupSize - units);
        }
        var exact = q.ClearedExact();
        if (p.GetQuantity is { } get)
        {
            UnitGroupDeals.CheapestInGroups(runs, units, groupSize, get, p.GetPercentOff ?? 100m, exact);
        }
        else
        {
            UnitGroupDeals.GroupPrice(runs, units, groupSize, p.GroupPrice!.Value, exact);
        }
        return FromExact(q, lines, basis, exact);
    }

    private static Benefit Bundle(QuoteState q, IReadOnlyList<int> lines, decimal[] basis, BundleParameters p)
    {
        var runs = UnitGroupDeals.Runs(lines, basis, q.Quantities, out var units);
        if (units < p.ItemCount)
        {
            return q.Scratch.Reset().Fail(NotAppliedReason.QuantityNotMet, missingQuantity: p.ItemCount - units);
        }
        var exact = q.ClearedExact();
        if (p.DealPrice is { } price)
        {
            UnitGroupDeals.GroupPrice(runs, units, p.ItemCount, price, exact);
        }
        else if (p.PercentOff is { } percent)
        {
            UnitGroupDeals.AllInGroups(runs, units, p.ItemCount, percent, exact);
        }
        else
        {
            UnitGroupDeals.CheapestInGroups(runs, units, p.ItemCount, 1, p.CheapestItemPercentOff!.Value, exact);
        }
        return FromExact(q, lines, basis, exact);
    }

    private static Benefit Threshold(QuoteState q, IReadOnlyList<int> lines, decimal[] basis, decimal[] measure, ThresholdParameters p)
    {
        var spent = Sum(lines, measure);
        decimal discount;
        if (p.Repeating)
        {
            var tier = p.Tiers[0];
            var times = decimal.Floor(spent / tier.Threshold);
            if (times < 1m)
            {
                return NotMet(q, tier.Threshold - spent);
            }
            discount = times * (tier.AmountOff ?? 0m);
        }
        else
        {
            ThresholdTier? reached = null;
            foreach (var tier in p.Tiers)
            {
                if (spent >= tier.Threshold && (reached is null || tier.Threshold > reached.Threshold))
                {
                    reached = tier;
                }
            }
            if (reached is null)
            {
                return NotMet(q, p.Tiers.Min(t => t.Threshold) - spent);
            }
            discount = reached.AmountOff ?? q.Rounding.Round(Sum(lines, basis) * reached.PercentOff!.Value * 0.01m);
        }
        if (p.MaxDiscount is { } cap)
        {
            discount = Math.Min(discount, cap);
        }
        return Allocated(q, lines, basis, discount);
    }

    private static Benefit Gift(QuoteState q, IReadOnlyList<int> lines, decimal[] measure, GiftParameters p)
    {
        var spent = Sum(lines, measure);
        if (spent < p.Threshold)
        {
            return NotMet(q, p.Threshold - spent);
        }
        var b = q.Scratch.Reset();
        b.GiftDue = true;
        return b;
    }

    private static Benefit Coupon(QuoteState q, IReadOnlyList<int> lines, decimal[] basis, decimal[] measure, CouponParameters p)
    {
        var spent = Sum(lines, measure);
        if (spent < p.Threshold || spent == 0m)
        {
            return NotMet(q, Math.Max(p.Threshold - spent, q.Rounding.Unit));
        }
        var discount = p.AmountOff ?? q.Rounding.Round(Sum(lines, basis) * p.PercentOff!.Value * 0.01m);
        if (p.MaxDiscount is { } cap)
        {
            discount = Math.Min(discount, cap);
        }
        return Allocated(q, lines, basis, discount);
    }

    /// <summary>An order-level discount (capped at the eligible amount) split over the lines pro rata to their amounts.</summary>
    private static Benefit Allocated(QuoteState q, IReadOnlyList<int> lines, decimal[] basis, decimal discount)
    {
        var b = q.Scratch.Reset();
        discount = Math.Min(q.Rounding.Round(discount), Sum(lines, basis));
        ProRataAllocator.Allocate(discount, basis, AsSpan(lines), b.PerLine, q.Rounding);
        b.Total = discount;
        return NoDiscountWhenZero(b);
    }

    /// <summary>Rounds exact per-line amounts of a multi-line deal so the parts sum to the rounded total.</summary>
    private static Benefit FromExact(QuoteState q, IReadOnlyList<int> lines, decimal[] basis, decimal[] exact)
    {
        var b = q.Scratch.Reset();
        ProRataAllocator.Apportion(exact, AsSpan(lines), b.PerLine, q.Rounding);
        foreach (var line in lines)
        {
            b.PerLine[line] = Math.Min(b.PerLine[line], basis[line]);
            b.Total += b.PerLine[line];
        }
        return NoDiscountWhenZero(b);
    }

    private static Benefit NotMet(QuoteState q, decimal missing) => q.Scratch.Reset().Fail(NotAppliedReason.ThresholdNotMet, missing);

    private static Benefit NoDiscountWhenZero(Benefit b)
    {
        if (b.Total == 0m)
        {
            b.Reason = NotAppliedReason.NoDiscount;
        }
        return b;
    }

    private static void Add(Benefit b, int line, decimal discount)
    {
        b.PerLine[line] += discount;
        b.Total += discount;
    }

    private static decimal Sum(IReadOnlyList<int> lines, decimal[] amounts)
    {
        var sum = 0m;
        foreach (var line in lines)
        {
            sum += amounts[line];
        }
        return sum;
    }

    private static ReadOnlySpan<int> AsSpan(IReadOnlyList<int> lines) => lines is int[] array ? array : lines.ToArray();
}
