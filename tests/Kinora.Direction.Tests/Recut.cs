namespace Kinora.Direction.Tests;

/// <summary>The fake world with its production re-cut: scenes emptied of people, or of beats.</summary>
internal sealed class Recut(FakeWorld world, Kinora.Production.Production production) : Kinora.World.IWorldView
{
    public Kinora.Production.Production Production => production;
    public Kinora.World.SetGeometry SetFor(int sceneIndex) => world.SetFor(sceneIndex);
    public Kinora.World.ActorState? Actor(string name, double t) =>
        production.SceneAt(t).Cast.Contains(name) ? world.Actor(name, t) : null;
}
