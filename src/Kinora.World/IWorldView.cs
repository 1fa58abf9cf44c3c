namespace Kinora.World;

/// <summary>
/// What the camera crew may ask of the world: the set a scene plays on, and where a character is at a time.
/// WorldModel implements it; tests of later stages can stage a scene by hand.
/// </summary>
public interface IWorldView
{
    Kinora.Production.Production Production { get; }

    SetGeometry SetFor(int sceneIndex);

    /// <summary>The state of a character at film time t (seconds), or null if they are not in the scene playing then.</summary>
    ActorState? Actor(string name, double t);

    /// <summary>
    /// The background extras of the scene playing at film time t: people the lens must see past and the camera
    /// must not stand in, though no shot is about them. None unless the world stages some.
    /// </summary>
    IReadOnlyList<ActorState> Background(double t) => [];
}
