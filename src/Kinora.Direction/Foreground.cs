using System.Numerics;
using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// What the set puts between the lens and the action: a door post, a wall's edge, a roof's corner or a row of
/// hanging pans standing nearer than the people framed, filling part of the picture. Measured by casting a grid of
/// rays through the frame against the set's volumes, the way a camera operator checks the edges of frame.
/// </summary>
public static class Foreground
{
    /// <summary>Rays across and down the frame.</summary>
    const int Across = 24, Down = 14;

    /// <summary>Set pieces lower than this above the ground (metres) are floor dressing the frame may hold: a rug, a kerb, low grass.</summary>
    const float KneeHigh = 1.0f;

    /// <summary>
    /// The share of the frame (0..1) that set pieces cover nearer to the lens than depth metres (on the ground), from
    /// knee height up. Things beyond that depth are the background the shot is meant to show.
    /// </summary>
    public static double Occluded(CameraFrame frame, float aspect, SetGeometry set, float depth)
    {
        if (set.Volumes.Count == 0 || depth <= 0.1f) return 0;
        float tanHalf = MathF.Tan(frame.VerticalFov / 2);
        var right = Vector3.Normalize(Vector3.Cross(frame.Forward, frame.Up));
        float floor = Framing.Ground(set) + KneeHigh;
        var c = frame.Position;
        int covered = 0;
        for (int j = 0; j < Down; j++)
            for (int i = 0; i < Across; i++)
            {
                float x = (2 * (i + 0.5f) / Across - 1) * tanHalf * aspect, y = (2 * (j + 0.5f) / Down - 1) * tanHalf;
                var d = Vector3.Normalize(frame.Forward + right * x + frame.Up * y);
                float flat = MathF.Sqrt(d.X * d.X + d.Z * d.Z);
                float t0 = 0, t1 = flat < 1e-4f ? depth : depth / flat;
                // Only the stretch of the ray above knee height.
                if (MathF.Abs(d.Y) > 1e-6f)
                {
                    float cross = (floor - c.Y) / d.Y;
                    if (d.Y < 0) t1 = MathF.Min(t1, cross);
                    else t0 = MathF.Max(t0, cross);
                }
                else if (c.Y < floor) continue;
                if (t1 - t0 < 0.05f) continue;
                if (set.Volumes.Blocks(c + d * t0, c + d * t1)) covered++;
            }
        return covered / (double)(Across * Down);
    }

    /// <summary>
    /// Whether a camera in an interior stands inside the room, under its ceiling, rather than outside the walls looking
    /// in through a window or a door; always true outdoors and where the set's volumes are not known.
    /// </summary>
    public static bool Indoors(Vector3 camera, SetGeometry set) =>
        !set.Interior || set.Volumes.Count == 0 || set.Volumes.Blocks(camera, camera + Vector3.UnitY * (set.CeilingHeight + 2));
}
