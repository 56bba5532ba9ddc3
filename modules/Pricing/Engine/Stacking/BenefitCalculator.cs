using Platform.Modules.Pricing.Engine.Explanation;
using Platform.Modules.Pricing.Engine.Money;
using Platform.Modules.Pricing.Engine.Promotions;

namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>
/// What a promotion is worth on given lines, in minor units of the quote's currency. <c>basis</c> holds the
/// amounts discounts are computed on (the running amounts, or the layer's starting amounts when compounding
/// on the original); <c>measure</c> holds the layer's starting amounts, on which thresholds are measured.
/// Every result is written into the quote's one <see cref="QuoteState.Scratch"/> benefit.
/// </summary>
internal static class BenefitCalculator
{
    public static Benefit Compute(QuoteState q, Candidate c, int[] lines, long[] basis, long[] measure)
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
            PromotionKind.Threshold => Threshold(q, lines, basis, measure, c.Spend!, d.Threshold!),
            PromotionKind.Gift => Gift(q, lines, measure, c.Spend!),
            PromotionKind.Coupon => Coupon(q, lines, basis, measure, c.Spend!),
            _ => throw new InvalidOperationException($"Unknown promotion kind {d.Kind}."),
        };
    }

    private static Benefit UnitDeal(QuoteState q, int[] lines, long[] basis, decimal? percentOff, decimal? amountOffPerUnit, decimal? unitPrice)
    {
        var b = q.Scratch.Reset();
        var r = q.Rounding;
        foreach (var line in lines)
        {
            var amount = basis[line];
            var quantity = q.Quantities[line];
            var discount = percentOff is { } percent ? r.RoundUnits(amount * percent * 0.01m)
                : amountOffPerUnit is { } off ? r.ToUnits(off * quantity)
                : amount - r.ToUnits(unitPrice!.Value * quantity);
            Add(b, line, Math.Clamp(discount, 0, amount));
        }
        return NoDiscountWhenZero(b);
    }

    private static Benefit Presale(QuoteState q, int[] lines, long[] basis, PresaleDepositParameters p)
    {
        var b = q.Scratch.Reset();
        var r = q.Rounding;
        foreach (var line in lines)
        {
            var quantity = q.Quantities[line];
            var deposit = r.ToUnits(p.DepositPerUnit * quantity);
            var credited = r.ToUnits(p.DepositPerUnit * p.Multiplier * quantity);
            b.Deposit += deposit;
            b.Credited += credited;
            Add(b, line, Math.Clamp(credited - deposit, 0, basis[line]));
        }
        return b;
    }

    private static Benefit Flash(QuoteState q, Candidate c, int[] lines, long[] basis, FlashSaleParameters p)
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
        var flashUnitPrice = p.FlashUnitPrice is { } price ? price * q.Rounding.Scale : 0m;
        var perUnit = new (int Line, decimal Saving)[lines.Length];
        for (var k = 0; k < lines.Length; k++)
        {
            var line = lines[k];
            var unit = (decimal)basis[line] / q.Quantities[line];
            var saving = p.FlashUnitPrice is not null ? unit - flashUnitPrice : unit * p.PercentOff!.Value * 0.01m;
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
            Add(b, line, Math.Min(q.Rounding.RoundUnits(saving * units), basis[line]));
        }
        if (b.FlashUnits < b.FlashEligibleUnits)
        {
            b.FlashBound = limitLeft <= usage.RemainingStock
                ? $"per-customer limit {p.PerCustomerLimit}, {usage.AlreadyBought} already bought"
                : $"{usage.RemainingStock} unit(s) of reserved stock left";
        }
        return NoDiscountWhenZero(b);
    }

    private static Benefit Multibuy(QuoteState q, int[] lines, long[] basis, MultibuyParameters p)
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
            UnitGroupDeals.GroupPrice(runs, units, groupSize, p.GroupPrice!.Value * q.Rounding.Scale, exact);
        }
        return FromExact(q, lines, basis, exact);
    }

    private static Benefit Bundle(QuoteState q, int[] lines, long[] basis, BundleParameters p)
    {
        var runs = UnitGroupDeals.Runs(lines, basis, q.Quantities, out var units);
        if (units < p.ItemCount)
        {
            return q.Scratch.Reset().Fail(NotAppliedReason.QuantityNotMet, missingQuantity: p.ItemCount - units);
        }
        var exact = q.ClearedExact();
        if (p.DealPrice is { } price)
        {
            UnitGroupDeals.GroupPrice(runs, units, p.ItemCount, price * q.Rounding.Scale, exact);
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

    private static Benefit Threshold(QuoteState q, int[] lines, long[] basis, long[] measure, SpendPlan plan, ThresholdParameters p)
    {
        var spent = Sum(lines, measure);
        if (spent < plan.TierUnits[0])
        {
            return NotMet(q, plan.TierUnits[0] - spent);
        }
        long discount;
        if (plan.Repeating)
        {
            var tier = p.Tiers[0];
            var times = plan.ExactUnits ? spent / plan.TierUnits[0] : decimal.Floor(spent / (tier.Threshold * q.Rounding.Scale));
            discount = q.Rounding.ToUnits(times * (tier.AmountOff ?? 0m));
        }
        else
        {
            var reached = 0;
            while (reached + 1 < plan.TierUnits.Length && spent >= plan.TierUnits[reached + 1])
            {
                reached++;
            }
            discount = plan.AmountOffUnits[reached] ?? q.Rounding.RoundUnits(Sum(lines, basis) * plan.PercentOff[reached]!.Value * 0.01m);
        }
        return Allocated(q, lines, basis, Math.Min(discount, plan.CapUnits));
    }

    private static Benefit Gift(QuoteState q, int[] lines, long[] measure, SpendPlan plan)
    {
        var spent = Sum(lines, measure);
        if (spent < plan.TierUnits[0])
        {
            return NotMet(q, plan.TierUnits[0] - spent);
        }
        var b = q.Scratch.Reset();
        b.GiftDue = true;
        return b;
    }

    private static Benefit Coupon(QuoteState q, int[] lines, long[] basis, long[] measure, SpendPlan plan)
    {
        var spent = Sum(lines, measure);
        if (spent < plan.TierUnits[0] || spent == 0)
        {
            return NotMet(q, Math.Max(plan.TierUnits[0] - spent, 1));
        }
        var discount = plan.AmountOffUnits[0] ?? q.Rounding.RoundUnits(Sum(lines, basis) * plan.PercentOff[0]!.Value * 0.01m);
        return Allocated(q, lines, basis, Math.Min(discount, plan.CapUnits));
    }

    /// <summary>An order-level discount (capped at the eligible amount) split over the lines pro rata to their amounts.</summary>
    private static Benefit Allocated(QuoteState q, int[] lines, long[] basis, long discount)
    {
        var b = q.Scratch.Reset();
        discount = Math.Min(discount, Sum(lines, basis));
        ProRataAllocator.Allocate(discount, basis, lines, b.PerLine);
        b.Total = discount;
        return NoDiscountWhenZero(b);
    }

    /// <summary>Rounds exact per-line amounts of a multi-line deal so the parts sum to the rounded total.</summary>
    private static Benefit FromExact(QuoteState q, int[] lines, long[] basis, decimal[] exact)
    {
        var b = q.Scratch.Reset();
        ProRataAllocator.Apportion(exact, lines, b.PerLine, q.Rounding);
        foreach (var line in lines)
        {
            b.PerLine[line] = Math.Min(b.PerLine[line], basis[line]);
            b.Total += b.PerLine[line];
        }
        return NoDiscountWhenZero(b);
    }

    private static Benefit NotMet(QuoteState q, long missingUnits) => q.Scratch.Reset().Fail(NotAppliedReason.ThresholdNotMet, missingUnits);

    private static Benefit NoDiscountWhenZero(Benefit b)
    {
        if (b.Total == 0)
        {
            b.Reason = NotAppliedReason.NoDiscount;
        }
        return b;
    }

    private static void Add(Benefit b, int line, long discount)
    {
        b.PerLine[line] += discount;
        b.Total += discount;
    }

    private static long Sum(int[] lines, long[] amounts)
    {
        long sum = 0;
        foreach (var line in lines)
        {
            sum += amounts[line];
        }
        return sum;
    }
}
