using System.Numerics;

namespace Kinora.World;

/// <summary>
/// One point where body A touches body B (B is −1 for the ground or a static box of the set). Normal points
/// from B into A: the way A is pushed out. Depth is how far A reaches into B, in metres (negative while a gap
/// remains: a speculative contact that lets A close the gap this step and no further).
/// </summary>
struct Contact
{
    public int A, B;
    public Vector3 Point, Normal;
    public float Depth;
    public float Target;        // normal separation speed the solver aims for (a bounce, or closing the gap)
    public float NormalImpulse;
    public Vector3 FrictionImpulse;
    public float Restitution, Friction;
}
