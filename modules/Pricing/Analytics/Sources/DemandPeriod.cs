namespace Platform.Modules.Pricing.Analytics.Sources;

/// <summary>The time bucket of an elasticity's demand points, in China time: ISO week (Monday to Sunday) or calendar month.</summary>
internal enum DemandPeriod
{
    Week,
    Month,
}
