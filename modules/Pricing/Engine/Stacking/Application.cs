namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>One candidate's discount (minor units) on one line, in application order.</summary>
internal readonly record struct Application(int Candidate, int Line, long Amount);
