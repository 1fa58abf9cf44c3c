namespace Kinora.Pipeline;

/// <summary>The source and command-line overrides a plan was made from; planning them again gives the same plan.</summary>
public sealed record PlanOrigin(FilmSource Source, PlanOverrides Overrides);
