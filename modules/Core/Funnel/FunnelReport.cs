namespace Platform.Modules.Core.Funnel;

/// <summary>Response of <c>core.funnel</c>: conversion per stage against the benchmarks, win rate, deal size, cycle, CAC and LTV.</summary>
public sealed record FunnelReport
{
    /// <summary>Start of the period (inclusive, UTC).</summary>
    public required DateTimeOffset From { get; init; }

    /// <summary>End of the period (exclusive, UTC).</summary>
    public required DateTimeOffset To { get; init; }

    /// <summary>Currency of the money figures.</summary>
    public required string Currency { get; init; }

    /// <summary>Opportunities created in the period (after the filters).</summary>
    public required int Opportunities { get; init; }

    /// <summary>Per open stage and ClosedWon, in funnel order: how many reached it and the conversion against the benchmarks.</summary>
    public required IReadOnlyList<FunnelStage> Stages { get; init; }

    /// <summary>Opportunities won, lost and still open.</summary>
    public required int Won { get; init; }

    /// <summary>Opportunities lost.</summary>
    public required int Lost { get; init; }

    /// <summary>Opportunities still open.</summary>
    public required int Open { get; init; }

    /// <summary>Won ÷ (won + lost), percent; null when none closed.</summary>
    public decimal? WinRatePercent { get; init; }

    /// <summary>The configured B2B win-rate range, percent.</summary>
    public required decimal WinRateBenchmarkLowPercent { get; init; }

    /// <summary>Upper end of the configured range, percent.</summary>
    public required decimal WinRateBenchmarkHighPercent { get; init; }

    /// <summary>Average amount of the won deals in <see cref="Currency"/>; null when none.</summary>
    public decimal? AverageDealSize { get; init; }

    /// <summary>Average days from creation to won; null when none was won.</summary>
    public decimal? AverageSalesCycleDays { get; init; }

    /// <summary>Distinct customers with a won deal.</summary>
    public required int WonCustomers { get; init; }

    /// <summary>Configured acquisition spend over the period.</summary>
    public required decimal AcquisitionSpend { get; init; }

    /// <summary>Customer acquisition cost: acquisition spend ÷ won customers; null when none.</summary>
    public decimal? CustomerAcquisitionCost { get; init; }

    /// <summary>Customer lifetime value: average deal × purchases per year × gross margin × lifetime years; null without a won deal.</summary>
    public decimal? CustomerLifetimeValue { get; init; }

    /// <summary>LTV ÷ CAC; null when either is missing or CAC is zero.</summary>
    public decimal? LifetimeValueToAcquisitionCost { get; init; }
}

/// <summary>One stage of the funnel report.</summary>
public sealed record FunnelStage
{
    /// <summary>The stage.</summary>
    public required string Stage { get; init; }

    /// <summary>Opportunities that reached the stage or a later one (a won deal passed every stage).</summary>
    public required int Reached { get; init; }

    /// <summary>Reached ÷ opportunities, percent; null for an empty cohort.</summary>
    public decimal? ConversionPercent { get; init; }

    /// <summary>Reached ÷ reached at the stage before, percent; null at the first stage or when none reached the one before.</summary>
    public decimal? StepConversionPercent { get; init; }

    /// <summary>The industry benchmark (share of opportunities reaching the stage), percent.</summary>
    public required decimal IndustryPercent { get; init; }

    /// <summary>The best-practice benchmark, percent.</summary>
    public required decimal BestPracticePercent { get; init; }

    /// <summary><c>BestPractice</c> (at or above it), <c>AboveIndustry</c>, <c>BelowIndustry</c>; null for an empty cohort.</summary>
    public string? Rating { get; init; }
}
