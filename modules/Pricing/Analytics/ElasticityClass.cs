namespace Platform.Modules.Pricing.Analytics;

/// <summary>Domain seed: |e| &gt; 1 elastic (a price cut may raise revenue), |e| &lt; 1 inelastic (a price rise may), |e| = 1 unit.</summary>
internal enum ElasticityClass
{
    Elastic,
    Inelastic,
    UnitElastic,
}

internal static class ElasticityClassifier
{
    // An estimate is never exactly 1; this only absorbs the rounding of a value that is 1 by construction.
    private const double UnitTolerance = 1e-9;

    public static ElasticityClass Classify(double elasticity)
    {
        var magnitude = Math.Abs(elasticity);
        if (Math.Abs(magnitude - 1) <= UnitTolerance)
        {
            return ElasticityClass.UnitElastic;
        }
        return magnitude > 1 ? ElasticityClass.Elastic : ElasticityClass.Inelastic;
    }
}
