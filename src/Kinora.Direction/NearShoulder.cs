using System.Numerics;
using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// The foreground of an over-the-shoulder: the listener's head and shoulders between the lens and the speaker. An
/// operator keeps a sliver of the head and the near shoulder at one edge of frame, a third of the picture at most, so
/// the far face reads; a near head in the middle of the frame is a soft blob in front of it. Measured by casting a grid
/// of rays through the frame against a stand-in for the head (an ellipsoid over the eyes) and the shoulders (a box
/// under the chin), scaled to the person's height.
/// </summary>
public static class NearShoulder
{
    /// <summary>Rays across and down the frame.</summary>
    const int Across = 48, Down = 27;

    /// <summary>The most of the frame (0..1) the near head and shoulders may fill.</summary>
    public const double Allowed = 1.0 / 3;

    /// <summary>The least of the frame (0..1) they should fill: below it the shot is a single, the shoulder gone.</summary>
    public const double Least = 0.03;

    /// <summary>
    /// How badly one look through an over-the-shoulder keeps its foreground, in the points CameraTrack weighs a frame's
    /// flaws in: five when the listener is no nearer the lens than the speaker or barely in the frame (the shot is then a
    /// two-shot or a single), two and a point for each twentieth of the half-width their head strays inside
    /// <see cref="EdgeBand"/>, and a point for each 3 % of the frame past <see cref="Allowed"/>.
    /// </summary>
    public static int Flaws(CameraFrame frame, float aspect, ActorState speaker, ActorState listener)
    {
        if (Vector3.Distance(frame.Position, listener.Eyes) > Nearer * Vector3.Distance(frame.Position, speaker.Eyes)) return 5;
        double share = Share(frame, aspect, listener);
        if (share < Least) return 5;
        int flaws = 0;
        double inside = Inside(frame, aspect, listener);
        if (inside > 0) flaws += 2 + (int)(inside * 20);
        if (share > Allowed) flaws += 1 + (int)((share - Allowed) * 33);
        return flaws;
    }

    /// <summary>The listener stands at most this share of the speaker's distance from the lens (both to the eyes).</summary>
    public const float Nearer = 0.8f;

    /// <summary>How far out from the middle (normalised device coordinates) the near head's eyes sit: at a third of the way in from an edge or further out.</summary>
    public const float EdgeBand = 0.65f;

    /// <summary>
    /// How far (normalised device coordinates, across) the near head's eyes stray inside <see cref="EdgeBand"/>, toward
    /// the middle of the frame where the far face is; 0 when they sit at an edge or out of frame, 1 behind the lens.
    /// </summary>
    public static double Inside(CameraFrame frame, float aspect, ActorState person)
    {
        if (!frame.TryProject(person.Eyes, aspect, out var ndc)) return 0;
        if (MathF.Abs(ndc.Y) > 1.3f) return 0;
        return Math.Max(0, EdgeBand - MathF.Abs(ndc.X));
    }

    /// <summary>The share of the frame (0..1) a person's head and shoulders cover, seen through the frame.</summary>
    public static double Share(CameraFrame frame, float aspect, ActorState person)
    {
        var rays = new LensRays(frame, aspect);
        float h = person.Height;
        // The skull round the eyes (a little above and behind them), and the shoulders from the neck to the chest,
        // turned with the body.
        var head = person.Eyes + new Vector3(0, 0.015f * h, 0) - person.Forward * (0.02f * h);
        var headRadii = new Vector3(0.058f * h, 0.075f * h, 0.058f * h);
        var side = Yaw.Left(person.Forward);
        var chest = person.Eyes - new Vector3(0, 0.2f * h, 0) - person.Forward * (0.03f * h);
        var half = new Vector3(0.13f * h, 0.11f * h, 0.07f * h);
        var c = frame.Position;
        int covered = 0;
        for (int j = 0; j < Down; j++)
            for (int i = 0; i < Across; i++)
            {
                var d = rays.Through(LensRays.Cell(i, Across), LensRays.Cell(j, Down));
                if (HitsEllipsoid(c - head, d, headRadii) || HitsBox(c - chest, d, side, person.Forward, half)) covered++;
            }
        return covered / (double)(Across * Down);
    }

    static bool HitsEllipsoid(Vector3 origin, Vector3 d, Vector3 radii)
    {
        var o = origin / radii;
        var v = d / radii;
        float a = Vector3.Dot(v, v), b = Vector3.Dot(o, v), cc = Vector3.Dot(o, o) - 1;
        float disc = b * b - a * cc;
        return disc >= 0 && (-b + MathF.Sqrt(disc)) / a > 0;
    }

    /// <summary>Whether a ray from origin (relative to the box's centre) meets a box turned with the body (half-sizes across, up, deep).</summary>
    static bool HitsBox(Vector3 origin, Vector3 d, Vector3 across, Vector3 forward, Vector3 half)
    {
        Span<float> o = [Vector3.Dot(origin, across), origin.Y, Vector3.Dot(origin, forward)];
        Span<float> v = [Vector3.Dot(d, across), d.Y, Vector3.Dot(d, forward)];
        Span<float> h = [half.X, half.Y, half.Z];
        float t0 = 0, t1 = float.PositiveInfinity;
        for (int axis = 0; axis < 3; axis++)
        {
            if (MathF.Abs(v[axis]) < 1e-9f)
            {
                if (MathF.Abs(o[axis]) > h[axis]) return false;
                continue;
            }
            float u = (-h[axis] - o[axis]) / v[axis], w = (h[axis] - o[axis]) / v[axis];
            if (u > w) (u, w) = (w, u);
            t0 = MathF.Max(t0, u);
            t1 = MathF.Min(t1, w);
            if (t0 > t1) return false;
        }
        return true;
    }
}
