using Kinora.Direction;
using Kinora.World;

namespace Kinora.Pipeline;

/// <summary>Everything decided before a frame is drawn: the screenplay as text, the production, its world and its shots.</summary>
public sealed record FilmPlan(string ScreenplayText, Kinora.Production.Production Production, WorldModel World, ShotList Shots);
