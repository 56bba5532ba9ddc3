namespace Platform.Modules.Pricing.Analytics;

/// <summary>
/// Which release of pricesensitivitymeter's <c>psm_analysis</c> to reproduce. The two agree on validation, price
/// grid and which curves meet; they differ in the curves' end points and in how a meeting is located.
/// </summary>
internal enum PsmDefinition
{
    /// <summary>
    /// Releases 1.0.0–1.3.0 (and its file R/psm-utils.R): plain empirical distributions; a meeting is the first
    /// grid price where the first curve is at least the second.
    /// </summary>
    Classic,

    /// <summary>
    /// Release 1.3.1 as installed: each distribution is forced to 0 at or below its lowest answer and to 1 at or
    /// above its highest; a meeting is where the difference of the curves changes sign, interpolated linearly
    /// between the two grid prices around it. Its R/psm_utils.R replaces the classic rule because R sources
    /// R/psm_utils.R after R/psm-utils.R.
    /// </summary>
    Release131,
}
