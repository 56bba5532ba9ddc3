namespace Platform.Modules.Pricing.Analytics;

/// <summary>Classifies an elasticity by its magnitude (see <see cref="ElasticityClass"/>).</summary>
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
