namespace Platform.Modules.Pricing.Engine.Stacking;

/// <summary>One candidate's discount on one line, in application order.</summary>
internal readonly record struct Application(int Candidate, int Line, decimal Amount);
