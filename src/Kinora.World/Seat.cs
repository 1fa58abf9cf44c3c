using System.Numerics;

namespace Kinora.World;

/// <summary>
/// Somewhere to sit: the point on the floor under the front edge of the seat (metres), the way a seated
/// person faces (yaw in radians, as <see cref="ActorState.Facing"/>), and the seat's height in metres.
/// Approach is the clear standing spot in front of it from which a person sits down. A tucked seat (a booth's bench)
/// has its feet under a table: only someone already seated when a scene opens uses it, never a walk-up.
/// <see cref="Furniture"/> is the footprint of what the seat is part of (a booth's benches and table, a bench, a
/// chair), which a body sitting on it may reach into while nothing else of the set may.
/// </summary>
public readonly record struct Seat(Vector3 Position, float Facing, float Height, bool Tucked = false)
{
    public Vector3 Forward => new(-MathF.Sin(Facing), 0, -MathF.Cos(Facing));

    /// <summary>The box of the furniture this seat belongs to (metres, world space), or null where it is not known.</summary>
    public Aabb? Furniture { get; init; }

    /// <summary>Whether an obstacle of the set is part of this seat's furniture (lies within it, to a couple of centimetres).</summary>
    public bool Holds(Aabb obstacle) =>
        Furniture is { } f && obstacle.Min.X >= f.Min.X - 0.02f && obstacle.Min.Y >= f.Min.Y - 0.02f && obstacle.Min.Z >= f.Min.Z - 0.02f
            && obstacle.Max.X <= f.Max.X + 0.02f && obstacle.Max.Y <= f.Max.Y + 0.02f && obstacle.Max.Z <= f.Max.Z + 0.02f;

    /// <summary>Where the feet are when seated and where a person stands before sitting, in metres.</summary>
    public Vector3 Approach => Position + Forward * 0.45f;
}
