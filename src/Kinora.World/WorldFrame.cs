using System.Collections.Immutable;

namespace Kinora.World;

/// <summary>
/// What is where at one instant of film time: the set (shared, static), the moving things (people, props in
/// motion) as instances, light and weather, and each present character's state. Built by World.Sample(t).
/// </summary>
public sealed record WorldFrame(
    double Time,
    int SceneIndex,
    SetGeometry Set,
    ImmutableArray<Instance> Dynamic,
    Lighting Light,
    Atmosphere Atmosphere,
    ImmutableArray<ActorState> Actors);
