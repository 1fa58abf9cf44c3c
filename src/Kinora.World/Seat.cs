using System.Numerics;

namespace Kinora.World;

/// <summary>
/// Somewhere to sit: the point on the floor under the front edge of the seat (metres), the way a seated
/// person faces (yaw in radians, as <see cref="ActorState.Facing"/>), and the seat's height in metres.
/// Approach is the clear standing spot in front of it from which a person sits down. A tucked seat (a booth's bench)
/// has its feet under a table: only someone already seated when a scene opens uses it, never a walk-up.
/// </summary>
public readonly record struct Seat(Vector3 Position, float Facing, float Height, bool Tucked = false)
{
    public Vector3 Forward => new(-MathF.Sin(Facing), 0, -MathF.Cos(Facing));

    /// <summary>Where the feet are when seated and where a person stands before sitting, in metres.</summary>
    public Vector3 Approach => Position + Forward * 0.45f;
}
