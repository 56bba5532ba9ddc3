using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Pricing.Analytics;
using Platform.Modules.Pricing.Analytics.Sources;
using Platform.Modules.Pricing.Data;
using Platform.Sdk.Data;

namespace Platform.Modules.Pricing.Api.Analytics;

/// <summary>
/// <c>GET /api/pricing/analytics/promotion-roi/{promotionId}</c>: the promotion's return against a pre-period baseline
/// (see <see cref="PromotionRoiResponse.Rule"/>). Query parameters, all optional: <c>preDays</c>, the whole days of
/// the pre-period before the promotion's start day (1 to 366, default 28); <c>fixedCost</c>, costs beyond the
/// discounts (not negative, default 0). Orders of the promotion's currency only, when it names one.
/// 404 for an unknown promotion; 400 naming the parameter for a bad value or a promotion that has not started.
/// </summary>
internal static class PromotionRoiEndpoint
{
    public const int DefaultPreDays = 28;
    public const int MaxPreDays = 366;

    public static async Task<IResult> HandleAsync(
        Guid promotionId, HttpRequest request, PricingDbContext db, IDataService data, TimeProvider time, CancellationToken ct)
    {
        var query = new QueryParameters(request.Query);
        var preDays = query.Int("preDays") ?? DefaultPreDays;
        var fixedCost = query.Decimal("fixedCost") ?? 0m;
        if (preDays is < 1 or > MaxPreDays)
        {
            query.Add("preDays", $"Must be between 1 and {MaxPreDays}.");
        }
        if (fixedCost < 0)
        {
            query.Add("fixedCost", "Must not be negative.");
        }
        if (query.HasErrors)
        {
            return query.Problem();
        }
        var promotion = await db.Promotions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == promotionId, ct);
        if (promotion is null)
        {
            return Results.Problem(statusCode: 404, title: "Not found.", detail: $"promotion {promotionId} does not exist.");
        }
        var (inputs, error) = await PromotionRoiSource.BuildAsync(promotion, preDays, fixedCost, time.GetUtcNow(), data, db, ct);
        var errors = error is not null ? [error] : AnalysisRequestValidator.Validate(inputs!.Request);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors.ToProblemErrors(), title: "The promotion cannot be measured.");
        }
        var roi = inputs!.Request;
        return Results.Ok(new PromotionRoiResponse(promotion.Id, promotion.Code, promotion.Name, promotion.Currency, PromotionRoiResponse.Rule,
            inputs.WindowStart, inputs.WindowEnd, roi.PrePeriod, roi.PromotionWindow, inputs.PrePeriodOrders, inputs.WindowOrders,
            roi.DiscountCost, roi.FixedCost, roi.Series, PromotionRoiCalculator.Calculate(roi)));
    }
}
