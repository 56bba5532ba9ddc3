namespace Platform.Modules.Pricing.Analytics;

/// <summary>Domain seed: |e| &gt; 1 elastic (a price cut may raise revenue), |e| &lt; 1 inelastic (a price rise may), |e| = 1 unit.</summary>
internal enum ElasticityClass
{
    Elastic,
    Inelastic,
    UnitElastic,
}
