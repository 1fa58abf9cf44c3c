using System.Numerics;

namespace Kinora.Direction;

/// <summary>
/// Bearings on the ground plane in the world's convention (the same as <see cref="Kinora.World.ActorState.Facing"/>):
/// yaw 0 looks along −Z, positive turns toward −X (counter-clockwise seen from above). Radians.
/// </summary>
internal static class Yaw
{
    public static Vector3 Direction(double yaw) => new((float)-Math.Sin(yaw), 0, (float)-Math.Cos(yaw));

    /// <summary>The yaw of a vector's horizontal part; 0 for a vertical or zero vector.</summary>
    public static double Of(Vector3 v) => v.X * v.X + v.Z * v.Z < 1e-12 ? 0 : Math.Atan2(-v.X, -v.Z);

    /// <summary>Wraps an angle into (−π, π].</summary>
    public static double Wrap(double a)
    {
        a = Math.IEEERemainder(a, 2 * Math.PI);
        return a <= -Math.PI ? a + 2 * Math.PI : a;
    }

    /// <summary>The ground-plane vector 90° to the left of a direction (its yaw + π/2).</summary>
    public static Vector3 Left(Vector3 v)
    {
        var l = new Vector3(v.Z, 0, -v.X);
        return l.LengthSquared() < 1e-12f ? -Vector3.UnitX : Vector3.Normalize(l);
    }

    public static double Radians(double degrees) => degrees * Math.PI / 180.0;

    public static double Degrees(double radians) => radians * 180.0 / Math.PI;
}
