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
    /// A subject the camera may frame at film time t (seconds): a character, or a thing in the air named as a shot's
    /// subject (a kite on its line); null when there is none by that name then.
    /// </summary>
    ActorState? Subject(string name, double t) => Actor(name, t);

    /// <summary>Things flying in a scene that the camera may frame with whoever holds them: (subject name, holder).</summary>
    IReadOnlyList<(string Thing, string Holder)> Airborne(int sceneIndex) => [];

    /// <summary>
    /// The background extras of the scene playing at film time t: people the lens must see past and the camera
    /// must not stand in, though no shot is about them. None unless the world stages some.
    /// </summary>
    IReadOnlyList<ActorState> Background(double t) => [];

    /// <summary>The light at film time t (sun or moon, sky, the practicals burning), or null when the world does not say.</summary>
    Lighting? LightAt(double t) => null;

    /// <summary>
    /// The vehicles and boats of the scene playing at film time t, posed where they stand or drive then: solid to the
    /// camera and to its sightlines, as set pieces are. None unless the world stages some.
    /// </summary>
    IReadOnlyList<VehicleShape> Vehicles(double t) => [];
}
