using System.Numerics;

namespace Kinora.World;

/// <summary>
/// Where a character is and what they do at an instant: feet position, facing (yaw in radians, 0 = looking
/// along −Z, positive turns toward −X, i.e. counter-clockwise seen from above), eye point, height, velocity.
/// The crew frames from this.
/// </summary>
public readonly record struct ActorState(
    string Name,
    Vector3 Position,
    float Facing,
    Vector3 Eyes,
    float Height,
    Vector3 Velocity,
    bool Speaking)
{
    public Vector3 Forward => new(-MathF.Sin(Facing), 0, -MathF.Cos(Facing));
    public Vector3 Chest => Position + new Vector3(0, Height * 0.72f, 0);
}
