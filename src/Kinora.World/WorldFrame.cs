using System.Collections.Immutable;

namespace Kinora.World;

/// <summary>
/// What is where at one instant of film time: the set (shared, static), the people as skinned figures, the
/// moving things (props in motion, lit windows) as instances, light and weather, and each present character's state. Built by World.Sample(t).
/// </summary>
public sealed record WorldFrame(
    double Time,
    int SceneIndex,
    SetGeometry Set,
    ImmutableArray<Instance> Dynamic,
    Lighting Light,
    Atmosphere Atmosphere,
    ImmutableArray<ActorState> Actors)
{
    /// <summary>The characters' skinned bodies, posed; one per actor, in the same order, then the scene's background extras.</summary>
    public ImmutableArray<Figure> Figures { get; init; } = [];
}
