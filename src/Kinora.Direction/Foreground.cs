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
    /// A vehicle's body counts from this height above the ground (metres): a car's flank is lower than knee height, yet
    /// parked before the lens it fills a corner of the frame as a wall would.
    /// </summary>
    const float WheelHigh = 0.3f;

    /// <summary>
    /// The share of the frame (0..1) that set pieces cover nearer to the lens than depth metres (on the ground), from
    /// knee height up, and that picture vehicles cover from their wheels up. Things beyond that depth are the
    /// background the shot is meant to show. A crown overhead, between the lens and the people, counts as any
    /// foreground does.
    /// </summary>
    public static double Occluded(CameraFrame frame, float aspect, SetGeometry set, float depth) =>
        Occluded(frame, aspect, set, depth, null);

    /// <summary>As <see cref="Occluded(CameraFrame, float, SetGeometry, float)"/>, counting the picture vehicles at film time t too.</summary>
    public static double Occluded(CameraFrame frame, float aspect, SetGeometry set, float depth, IWorldView world, double t) =>
        Occluded(frame, aspect, set, depth, PictureVehicles.At(world, set, t));

    internal static double Occluded(CameraFrame frame, float aspect, SetGeometry set, float depth, PictureVehicles? vehicles)
    {
        bool anyVehicle = vehicles is not null && vehicles.Volumes.Count > 0;
        if ((set.Volumes.Count == 0 && !anyVehicle) || depth <= 0.1f) return 0;
        var rays = new LensRays(frame, aspect);
        float ground = Framing.Ground(set);
        var c = frame.Position;
        int covered = 0;
        for (int j = 0; j < Down; j++)
            for (int i = 0; i < Across; i++)
            {
                var d = rays.Through(LensRays.Cell(i, Across), LensRays.Cell(j, Down));
                if (Above(c, d, ground + KneeHigh, depth) is var (t0, t1) && set.Volumes.Blocks(c + d * t0, c + d * t1)) covered++;
                else if (anyVehicle && Above(c, d, ground + WheelHigh, depth) is var (v0, v1) && vehicles!.Volumes.Blocks(c + d * v0, c + d * v1)) covered++;
            }
        return covered / (double)(Across * Down);
    }

    /// <summary>
    /// How far a canopy overhead still crowds the frame: this multiple of the people's distance (on the ground), and at
    /// least <see cref="CanopyNearest"/> metres (a short lens close to someone makes a crown down the street loom), up
    /// to <see cref="CanopyFarthest"/>.
    /// </summary>
    const float CanopyReach = 5f, CanopyNearest = 16f, CanopyFarthest = 25f;

    /// <summary>A canopy hangs with its underside at least this high above the ground (metres): a crown, an awning, never a wall.</summary>
    const float CanopyUnderside = 2.2f;

    /// <summary>
    /// The share of the whole frame (0..1) that a canopy fills in the top third of the picture outdoors: volumes
    /// hanging with their underside above head height (a tree's crown) within reach of the people's distance (depth,
    /// metres on the ground; see <see cref="CanopyReach"/>). A crown just above and behind someone bears down on the
    /// headroom of a frame of them; the walls and the sky behind are the background the frame is meant to show.
    /// </summary>
    public static double Canopy(CameraFrame frame, float aspect, SetGeometry set, float depth) => Overhead(frame, aspect, set, depth).Canopy;

    /// <summary>
    /// The share of the whole frame (0..1) that tree crowns fill anywhere in the upper half of the picture outdoors:
    /// volumes hanging with their underside above head height within the canopy's reach of the people's distance (depth,
    /// metres on the ground; see <see cref="CanopyReach"/>). A crown near the lens enters the frame's top edge as a soft
    /// dark mass, in a corner as much as over the heads (<see cref="Canopy"/> looks at the top third alone).
    /// </summary>
    public static double Crowns(CameraFrame frame, float aspect, SetGeometry set, float depth) => Overhead(frame, aspect, set, depth).Crowns;

    /// <summary>
    /// <see cref="Crowns"/> and <see cref="Canopy"/> from one walk over the upper half of the frame, since the top third
    /// is part of it.
    /// </summary>
    internal static (double Crowns, double Canopy) Overhead(CameraFrame frame, float aspect, SetGeometry set, float depth)
    {
        if (set.Interior || set.Volumes.Count == 0 || depth <= 0.1f) return (0, 0);
        var rays = new LensRays(frame, aspect);
        float underside = Framing.Ground(set) + CanopyUnderside, reach = Math.Clamp(depth * CanopyReach, CanopyNearest, CanopyFarthest);
        var c = frame.Position;
        int crowns = 0, canopy = 0, topThird = Down - Down / 3;
        for (int j = Down / 2; j < Down; j++)
            for (int i = 0; i < Across; i++)
            {
                var d = rays.Through(LensRays.Cell(i, Across), LensRays.Cell(j, Down));
                if (Above(c, d, underside, reach) is var (t0, t1) && set.Volumes.Blocker(c + d * t0, c + d * t1, box => box.Min.Y >= underside) is not null)
                {
                    crowns++;
                    if (j >= topThird) canopy++;
                }
            }
        return (crowns / (double)(Across * Down), canopy / (double)(Across * Down));
    }

    /// <summary>The stretch (distances along the ray) of the ray from c along d that lies above floor and within depth metres on the ground, or null.</summary>
    static (float From, float To)? Above(Vector3 c, Vector3 d, float floor, float depth)
    {
        float flat = MathF.Sqrt(d.X * d.X + d.Z * d.Z);
        float t0 = 0, t1 = flat < 1e-4f ? depth : depth / flat;
        if (MathF.Abs(d.Y) > 1e-6f)
        {
            float cross = (floor - c.Y) / d.Y;
            if (d.Y < 0) t1 = MathF.Min(t1, cross);
            else t0 = MathF.Max(t0, cross);
        }
        else if (c.Y < floor) return null;
        return t1 - t0 < 0.05f ? null : (t0, t1);
    }

    /// <summary>
    /// Whether a camera in an interior stands inside the room, under its ceiling, rather than outside the walls looking
    /// in through a window or a door; always true outdoors and where the set's volumes are not known.
    /// </summary>
    public static bool Indoors(Vector3 camera, SetGeometry set) =>
        !set.Interior || set.Volumes.Count == 0 || set.Volumes.Blocks(camera, camera + Vector3.UnitY * (set.CeilingHeight + 2));
}
