using System.Numerics;

namespace Kinora.World;

/// <summary>What an extra does through a scene.</summary>
public enum ExtraRole
{
    /// <summary>Stands and looks about.</summary>
    Idle,
    /// <summary>Talks with a partner, the two taking turns.</summary>
    Talk,
    /// <summary>Walks (a child runs) back and forth along a path at the set's edge.</summary>
    Walk,
    /// <summary>Works at a counter, stove or stall, hands busy.</summary>
    Work,
    /// <summary>Sits at a table or on a bench the cast does not use.</summary>
    Seated,
}

/// <summary>
/// One background extra in one scene: the body (shared by every scene at the location), its blocking on the film
/// clock, its role and the point it attends to (a partner's face, the counter it works at; walkers look ahead).
/// </summary>
public sealed record Extra(string Name, Humanoid Body, ActorTrack Track, ExtraRole Role, Vector3? Focus)
{
    /// <summary>Whether this is a child (under 13).</summary>
    public bool Child => Body.Member.Age < 13;
}
