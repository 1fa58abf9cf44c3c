using System.Numerics;
using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// What the frame's own edges cut that a director sends back: a car, a boat or a rover large in the picture and sliced
/// by a side of the frame (it should be whole or clearly out), and a mast, a pole or a trunk running up along a side
/// of the frame, a line that leads the eye out of the picture. Measured by casting rays down the frame's side edges
/// against each vehicle's true shape, and by projecting the set's and the vehicles' uprights.
/// </summary>
public static class EdgeClutter
{
    /// <summary>Rays down each side edge of the frame.</summary>
    const int Down = 16;

    /// <summary>
    /// A vehicle spanning at least this share of the frame's height (<see cref="HeightInPicture"/>) is large in the
    /// picture (a car within about 6 m of a 35 mm lens, or looked down on from a crane); a car down the street or
    /// parked at the kerb behind the people reads as background, cut or not.
    /// </summary>
    const float LargeInPicture = 0.3f;

    /// <summary>Nearer than the people, a vehicle spanning this share of the frame's height already counts: a red wing in a corner.</summary>
    const float ForegroundInPicture = 0.1f;

    /// <summary>The band along each side of the frame (normalised device coordinates from the edge) an upright must keep out of.</summary>
    public const float Band = 0.2f;

    /// <summary>An upright counts at the edge where at least this share of the frame's height of it stands in the band.</summary>
    const float LongLine = 0.4f;

    /// <summary>
    /// How many of the rays down the frame's left and right edges meet a picture vehicle that is large in the picture
    /// (or, nearer than the people, more than a sliver of it) and not hidden behind the set: 0 when every such vehicle
    /// is whole in frame or clearly out of it. A parked car, a moored boat or a rover counts wherever it stands; a
    /// vehicle the scene drives counts nearer to the lens than depth metres (the people's distance on the ground),
    /// since one passing behind them may enter and leave the frame as traffic does. The vehicles people ride in (at
    /// riders) are left out.
    /// </summary>
    public static int CutVehicles(CameraFrame frame, float aspect, SetGeometry set, IWorldView world, double t, IEnumerable<Vector3> riders, float depth)
    {
        ArgumentNullException.ThrowIfNull(set);
        return CutVehicles(frame, aspect, set, PictureVehicles.At(world, set, t).Without(riders), depth);
    }

    /// <param name="background">Whether a parked vehicle beyond the people counts too: in a wide it is part of the
    /// picture's design, in a medium or a closer frame of people it is the background a tight lens always cuts.</param>
    internal static int CutVehicles(CameraFrame frame, float aspect, SetGeometry set, PictureVehicles vehicles, float depth, bool background = true)
    {
        if (vehicles.Count == 0) return 0;
        var rays = new LensRays(frame, aspect);
        var c = frame.Position;
        int hits = 0;
        for (int v = 0; v < vehicles.Count; v++)
        {
            var box = vehicles.Bounds[v];
            var nearest = Vector3.Clamp(c, box.Min, box.Max);
            bool foreground = Vector2.Distance(new(nearest.X, nearest.Z), new(c.X, c.Z)) <= depth;
            if (!foreground && (!vehicles.Parked(v) || !background)) continue;
            if (HeightInPicture(frame, aspect, box) < (foreground ? ForegroundInPicture : LargeInPicture)) continue;
            var size = box.Size;
            // Far enough to pass the whole box from any ray that meets it.
            float reach = Vector3.Distance(c, box.Centre) + size.Length();
            var shape = vehicles.Each[v];
            foreach (float side in new[] { -1f, 1f })
                for (int j = 0; j < Down; j++)
                {
                    var d = rays.Through(side, LensRays.Cell(j, Down));
                    if (!shape.Blocks(c, c + d * reach)) continue;
                    // Where the ray first meets the vehicle; the set must not stand before it.
                    float lo = 0, hi = reach;
                    for (int k = 0; k < 10; k++)
                    {
                        float mid = (lo + hi) / 2;
                        if (shape.Blocks(c, c + d * mid)) hi = mid;
                        else lo = mid;
                    }
                    if (!set.Volumes.Blocks(c, c + d * lo)) hits++;
                }
        }
        return hits;
    }

    /// <summary>
    /// How much of the frame's height (1 the whole height) the part of a box inside the frame spans, as the lens sees
    /// it: a car looked down on from a crane spans its roof and bonnet as well as its flank, and a short lens stretches
    /// what stands at the frame's sides. Measured on a grid of points through the box.
    /// </summary>
    public static float HeightInPicture(CameraFrame frame, float aspect, Aabb box)
    {
        const int Grid = 6;
        var clip = frame.View * frame.Projection(aspect);
        float low = float.PositiveInfinity, high = float.NegativeInfinity;
        var size = box.Size;
        for (int i = 0; i < Grid; i++)
            for (int j = 0; j < Grid; j++)
                for (int k = 0; k < Grid; k++)
                {
                    var p = box.Min + size * new Vector3(i, j, k) / (Grid - 1);
                    var q = Vector4.Transform(new Vector4(p, 1), clip);
                    if (q.W < 0.1f) continue;
                    float x = q.X / q.W, y = q.Y / q.W;
                    if (MathF.Abs(x) > 1 || MathF.Abs(y) > 1) continue;
                    low = MathF.Min(low, y);
                    high = MathF.Max(high, y);
                }
        return high >= low ? (high - low) / 2 : 0;
    }

    /// <summary>
    /// How many uprights (the set's masts, posts and trunks, and the vehicles' masts) run up along a side of the frame:
    /// at least <see cref="LongLine"/> of the frame's height of them within <see cref="Band"/> of the left or right edge,
    /// nearer than near metres (on the ground).
    /// </summary>
    public static int Uprights(CameraFrame frame, float aspect, SetGeometry set, IWorldView world, double t, float near)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Uprights(frame, aspect, Tangents.Of(set), PictureVehicles.At(world, set, t), near);
    }

    internal static int Uprights(CameraFrame frame, float aspect, IReadOnlyList<Tangents.Upright> set, PictureVehicles? vehicles, float near) =>
        Count(frame, aspect, set, vehicles, near, LongLine, AtSide);

    /// <summary>
    /// How many uprights stand in the foreground of the picture, splitting it: at least <see cref="Splits"/> of the
    /// frame's height of them inside the frame, nearer than near metres (on the ground). A lamp post before the people in
    /// the middle of a wide cuts it in two, and one beside a short lens tilted down leans across a corner; a crew steps
    /// round it.
    /// </summary>
    public static int Dividers(CameraFrame frame, float aspect, SetGeometry set, IWorldView world, double t, float near)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Dividers(frame, aspect, Tangents.Of(set), PictureVehicles.At(world, set, t), near);
    }

    internal static int Dividers(CameraFrame frame, float aspect, IReadOnlyList<Tangents.Upright> set, PictureVehicles? vehicles, float near) =>
        Count(frame, aspect, set, vehicles, near, Splits, InFrame);

    /// <summary>A foreground upright standing at least this share of the frame's height in the picture splits it.</summary>
    const float Splits = 0.3f;

    /// <summary>How many uprights nearer than near metres stand at least share of the frame's height in the part inside() takes.</summary>
    static int Count(CameraFrame frame, float aspect, IReadOnlyList<Tangents.Upright> set, PictureVehicles? vehicles, float near, float share,
        Func<Vector2, bool> inside)
    {
        int count = 0;
        void Measure(Tangents.Upright u)
        {
            float dx = u.Foot.X - frame.Position.X, dz = u.Foot.Z - frame.Position.Z;
            if (dx * dx + dz * dz > near * near) return;
            // Walk up the upright and add the height of frame it spends in the part looked at.
            const int Steps = 12;
            float inPart = 0, height = u.Top - u.Foot.Y;
            Vector2? before = null;
            for (int k = 0; k <= Steps; k++)
            {
                var p = u.Foot with { Y = u.Foot.Y + height * k / Steps };
                if (Vector3.Dot(p - frame.Position, frame.Forward) < 0.1f || !frame.TryProject(p, aspect, out var ndc)) { before = null; continue; }
                if (before is Vector2 b && inside(b) && inside(ndc)) inPart += MathF.Abs(ndc.Y - b.Y) / 2;
                before = ndc;
            }
            if (inPart >= share) count++;
        }
        foreach (var u in set) Measure(u);
        if (vehicles is not null) foreach (var u in vehicles.Uprights) Measure(u);
        return count;
    }

    static bool AtSide(Vector2 ndc) => MathF.Abs(ndc.Y) <= 1 && MathF.Abs(ndc.X) <= 1 && MathF.Abs(ndc.X) >= 1 - Band;

    static bool InFrame(Vector2 ndc) => MathF.Abs(ndc.Y) <= 1 && MathF.Abs(ndc.X) <= 1;
}
