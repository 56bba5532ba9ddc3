using System.Globalization;
using Platform.Modules.Pricing.Engine.Carts;
using Platform.Modules.Pricing.Engine.Money;
using Platform.Modules.Pricing.Engine.Prices;
using Platform.Modules.Pricing.Engine.Promotions;
using Platform.Modules.Pricing.Engine.Stacking;

namespace Platform.Modules.Pricing.Engine.Explanation;

/// <summary>Turns the winning outcome into the public result: lines, applied and not-applied promotions, totals.</summary>
internal static class ExplanationBuilder
{
    public static PricingResult Build(
        QuoteState q,
        BasePrice[] bases,
        Outcome best,
        Dictionary<Candidate, BestDealSearch.AloneResult> alone,
        Dictionary<Candidate, CandidateResult> inapplicable,
        List<(CompiledPromotion Promotion, NotAppliedReason Reason, int[] Lines)> rejected)
    {
        var cart = q.Cart;
        var r = q.Rounding;
        var lines = new List<LinePricing>(q.LineCount + 1);
        var perLine = new List<AppliedDiscount>[q.LineCount];
        var linesOf = new List<string>[q.Candidates.Length];
        var byLayer = new long[QuoteState.LayerCount];
        foreach (var application in best.Applications)
        {
            var d = q.DefinitionOf(application.Candidate);
            var lineId = cart.Lines[application.Line].LineId;
            // A candidate applies once, in one layer, to each of its lines at most once: no duplicates.
            (linesOf[application.Candidate] ??= []).Add(lineId);
            (perLine[application.Line] ??= []).Add(new AppliedDiscount(d.Id, d.Code, d.Kind, d.Layer, r.FromUnits(application.Amount)));
            byLayer[(int)d.Layer] += application.Amount;
        }
        for (var i = 0; i < q.LineCount; i++)
        {
            var line = cart.Lines[i];
            lines.Add(new LinePricing(line.LineId, line.ProductId, line.Quantity, bases[i], r.FromUnits(q.BaseAmounts[i]), (IReadOnlyList<AppliedDiscount>?)perLine[i] ?? [], r.FromUnits(best.Amounts[i])));
        }

        // Layer by layer, each in application order.
        var appliedCandidates = new List<Candidate>();
        foreach (var inLayer in q.ByLayer)
        {
            foreach (var c in inLayer)
            {
                if (best.Results[c.Index].Applied)
                {
                    appliedCandidates.Add(c);
                }
            }
        }
        var applied = new List<AppliedPromotion>(appliedCandidates.Count);
        long deposit = 0, credited = 0;
        var hasPresale = false;
        foreach (var c in appliedCandidates)
        {
            var d = c.Definition;
            var result = best.Results[c.Index];
            IReadOnlyList<string> lineIds = (IReadOnlyList<string>?)linesOf[c.Index] ?? [];
            if (d.Kind == PromotionKind.Gift)
            {
                var gift = d.Gift!;
                lines.Add(new LinePricing("gift:" + d.Id, gift.GiftProductId, gift.GiftQuantity,
                    new BasePrice(0m, new PriceSource(PriceSourceKind.Gift, null, new Dictionary<string, decimal>(), $"gift of promotion {d.Code}")),
                    0m, [], 0m, d.Id));
                lineIds = [.. c.Lines.Select(l => cart.Lines[l].LineId)];
            }
            if (d.Kind == PromotionKind.PresaleDeposit)
            {
                hasPresale = true;
                deposit += result.Deposit;
                credited += result.Credited;
            }
            applied.Add(new AppliedPromotion(d.Id, d.Code, d.Name, d.Kind, d.Layer, d.Mode, r.FromUnits(result.Amount), lineIds, AppliedText(d, result, r)));
        }

        // Keyed by index ordinal (id order), so sorting compares integers.
        var notApplied = new List<(int Ordinal, NotAppliedPromotion Entry)>();
        foreach (var (promotion, reason, lineIndexes) in rejected)
        {
            notApplied.Add((promotion.Ordinal, NotApplied(promotion.Definition, reason, null, null, null, Ids(cart, lineIndexes), ReasonText(reason, promotion.Definition, null, null, null, q))));
        }
        foreach (var c in q.Candidates)
        {
            if (best.Results[c.Index].Applied)
            {
                continue;
            }
            var (reason, missingUnits, missingQuantity, by, extra) = WhyNot(q, c, best, alone, inapplicable);
            var missingAmount = missingUnits is { } units ? r.FromUnits(units) : (decimal?)null;
            var byDefinition = by >= 0 ? q.DefinitionOf(by) : null;
            notApplied.Add((c.Promotion.Ordinal, NotApplied(c.Definition, reason, missingAmount, missingQuantity, byDefinition?.Id, Ids(cart, c.Lines),
                ReasonText(reason, c.Definition, missingAmount, missingQuantity, byDefinition, q) + extra)));
        }
        notApplied.Sort(static (a, b) => a.Ordinal.CompareTo(b.Ordinal));

        var subtotal = r.FromUnits(q.BaseAmounts.Sum());
        var totalDiscount = r.FromUnits(byLayer.Sum());
        var presale = hasPresale ? new PresaleSummary(r.FromUnits(deposit), r.FromUnits(credited), r.FromUnits(Math.Max(0, best.Total - deposit))) : null;
        var totals = new PricingTotals(subtotal, [.. Enumerable.Range(0, QuoteState.LayerCount).Select(l => new LayerDiscount((PromotionLayer)l, r.FromUnits(byLayer[l])))],
            totalDiscount, r.FromUnits(best.Total), presale);
        return new PricingResult(cart.Currency, lines, applied, [.. notApplied.Select(n => n.Entry)], totals, bases.All(b => b.Source.Kind != PriceSourceKind.Unpriced))
        {
            SearchNote = SearchNote(q, best),
        };
    }

    private static (NotAppliedReason Reason, long? MissingUnits, int? MissingQuantity, int By, string Extra) WhyNot(
        QuoteState q, Candidate c, Outcome best, Dictionary<Candidate, BestDealSearch.AloneResult> alone, Dictionary<Candidate, CandidateResult> inapplicable)
    {
        var chosen = best.Alternative;
        if (c.IsExclusive && !chosen.Includes(c))
        {
            if (chosen.OrderExclusive is { } order)
            {
                return (NotAppliedReason.ExcludedByExclusive, null, null, order.Index, "");
            }
            if (inapplicable.TryGetValue(c, out var never))
            {
                return (never.Reason!.Value, never.MissingUnits, never.MissingQuantity, -1, "");
            }
            if (alone.TryGetValue(c, out var own) && own.Own is { Applied: false, Reason: { } ownReason } ownResult)
            {
                return (ownReason, ownResult.MissingUnits, ownResult.MissingQuantity, ownResult.By, "");
            }
            var overlapping = chosen.LineExclusives.FirstOrDefault(e => e.Lines.Intersect(c.Lines).Any());
            if (overlapping is not null)
            {
                return (NotAppliedReason.ExcludedByExclusive, null, null, overlapping.Index, "");
            }
            var aloneTotal = alone.TryGetValue(c, out var mine) ? mine.Total : 0;
            return (NotAppliedReason.BetterDealWithout, null, null, -1,
                string.Create(CultureInfo.InvariantCulture, $": the cart costs {q.Rounding.FromUnits(best.Total)} as priced, {q.Rounding.FromUnits(aloneTotal)} with this promotion alone on its lines"));
        }
        var result = best.Results[c.Index];
        return (result.Reason ?? NotAppliedReason.NoDiscount, result.MissingUnits, result.MissingQuantity, result.By, "");
    }

    private static NotAppliedPromotion NotApplied(PromotionDefinition d, NotAppliedReason reason, decimal? missingAmount, int? missingQuantity, string? by, IReadOnlyList<string> lineIds, string text) =>
        new(d.Id, d.Code, d.Name, d.Kind, reason, text, missingAmount, missingQuantity, by, lineIds);

    private static string[] Ids(PricingCart cart, int[] lines)
    {
        var ids = new string[lines.Length];
        for (var k = 0; k < lines.Length; k++)
        {
            ids[k] = cart.Lines[lines[k]].LineId;
        }
        return ids;
    }

    private static string AppliedText(PromotionDefinition d, CandidateResult b, CurrencyRounding r) => d.Kind switch
    {
        PromotionKind.Gift => string.Create(CultureInfo.InvariantCulture, $"gift {d.Gift!.GiftQuantity} × {d.Gift.GiftProductId} added at zero price (eligible spend reached {d.Gift.Threshold})"),
        PromotionKind.PresaleDeposit => string.Create(CultureInfo.InvariantCulture, $"deposit {r.FromUnits(b.Deposit)} counts as {r.FromUnits(b.Credited)}: {r.FromUnits(b.Amount)} off the final price"),
        PromotionKind.FlashSale => string.Create(CultureInfo.InvariantCulture, $"flash price on {b.FlashUnits} of {b.FlashEligibleUnits} unit(s): {r.FromUnits(b.Amount)} off") +
            (b.FlashBound is null ? "" : $"; the other units at the normal price ({b.FlashBound})"),
        PromotionKind.Threshold or PromotionKind.Coupon => string.Create(CultureInfo.InvariantCulture, $"{r.FromUnits(b.Amount)} off the eligible subtotal, shared by the lines pro rata"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{r.FromUnits(b.Amount)} off"),
    };

    private static string ReasonText(NotAppliedReason reason, PromotionDefinition d, decimal? missingAmount, int? missingQuantity, PromotionDefinition? by, QuoteState q) => reason switch
    {
        NotAppliedReason.OutsideWindow => string.Create(CultureInfo.InvariantCulture, $"outside its window ({d.StartsAt:u} to {(d.EndsAt is { } e ? e.ToString("u", CultureInfo.InvariantCulture) : "open")}); priced at {q.Cart.At:u}"),
        NotAppliedReason.CurrencyMismatch => $"its amounts are in {d.Currency}, the cart in {q.Cart.Currency}",
        NotAppliedReason.ChannelNotApplicable => $"not for channel {q.Cart.ChannelId ?? "(none)"}",
        NotAppliedReason.CustomerGroupNotApplicable => $"not for customer group {q.Cart.CustomerGroupId ?? "(none)"}",
        NotAppliedReason.CustomerTierNotApplicable => $"not for member tier {q.Cart.CustomerTier ?? "(none)"}",
        NotAppliedReason.RegionNotApplicable => $"not for region {q.Cart.RegionId ?? "(none)"}",
        NotAppliedReason.StoreNotApplicable => $"not for store {q.Cart.StoreId ?? "(none)"}",
        NotAppliedReason.ThresholdNotMet => string.Create(CultureInfo.InvariantCulture, $"threshold not met: {missingAmount} more of eligible spend needed"),
        NotAppliedReason.QuantityNotMet => string.Create(CultureInfo.InvariantCulture, $"not enough eligible units: {missingQuantity} more needed"),
        NotAppliedReason.ExcludedByExclusive => by is null ? "excluded by an exclusive promotion" : $"excluded by exclusive promotion {by.Code} ({by.Id})",
        NotAppliedReason.BeatenByBestPrice => by is null ? "beaten by a better best-price promotion" : $"beaten by best-price promotion {by.Code} ({by.Id}), better for the customer",
        NotAppliedReason.BetterDealWithout => "the customer's best deal does not include this exclusive promotion",
        NotAppliedReason.LimitReached => string.Create(CultureInfo.InvariantCulture, $"per-customer limit of {d.FlashSale?.PerCustomerLimit} unit(s) reached"),
        NotAppliedReason.StockExhausted => "reserved flash-sale stock exhausted",
        NotAppliedReason.StockUnknown => "no usage and remaining-stock figures were supplied for this flash sale",
        NotAppliedReason.DepositNotPaid => "the presale deposit was not paid",
        _ => "worth nothing on these lines",
    };


    /// <summary>Null when the search was exact; otherwise which part fell back to greedy.</summary>
    private static string? SearchNote(QuoteState q, Outcome best) => (q.GreedyExclusives, best.GreedyBestPrice) switch
    {
        (false, false) => null,
        (true, false) => $"Greedy combination of exclusive promotions: more than {q.MaxExactExclusives} applicable line-level exclusives.",
        (false, true) => $"Greedy best-price choice: more than {q.MaxExactContenders} contenders for the same lines in a layer.",
        _ => $"Greedy combination of exclusive promotions: more than {q.MaxExactExclusives} applicable line-level exclusives; greedy best-price choice: more than {q.MaxExactContenders} contenders for the same lines in a layer.",
    };
}
