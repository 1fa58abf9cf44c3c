using Kinora.Direction;
using Kinora.World;

namespace Kinora.Pipeline;

/// <summary>Everything decided before a frame is drawn: the screenplay as text, the production, its world and its shots.</summary>
public sealed record FilmPlan(string ScreenplayText, Kinora.Production.Production Production, WorldModel World, ShotList Shots)
{
    /// <summary>
    /// What the plan was made from, when Planning made it: worker processes plan the same film again from it.
    /// Null for a plan built by hand, which is then shot in one process.
    /// </summary>
    public PlanOrigin? Origin { get; init; }
}
