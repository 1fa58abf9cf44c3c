using Kinora.Production;

namespace Kinora.World;

/// <summary>
/// The film's world: one set per location (built once from its recipe and seed), one actor per cast member,
/// light from the story clock, weather from the scene. Sample(t) is a pure function of film time.
/// (Contract placeholder: the World stage replaces the bodies.)
/// </summary>
public sealed partial class WorldModel : IWorldView
{
    public Kinora.Production.Production Production { get; }

    WorldModel(Kinora.Production.Production production) => Production = production;

    /// <summary>Builds every set and actor of the production. Deterministic in the bible's seeds.</summary>
    public static WorldModel Build(Kinora.Production.Production production) => throw new NotImplementedException();

    /// <summary>What is where at film time t (seconds).</summary>
    public WorldFrame Sample(double t) => throw new NotImplementedException();

    /// <summary>The set a scene plays on (the same instance for every scene at that location).</summary>
    public SetGeometry SetFor(int sceneIndex) => throw new NotImplementedException();

    /// <summary>The state of a character at film time t, or null if they are not in the scene playing then.</summary>
    public ActorState? Actor(string name, double t) => throw new NotImplementedException();
}
