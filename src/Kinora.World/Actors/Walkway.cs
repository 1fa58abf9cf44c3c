using System.Collections.Immutable;
using System.Numerics;

namespace Kinora.World;

/// <summary>A path on the ground (metres, y = 0) measured by arc length, with a heading that turns smoothly through corners.</summary>
public sealed class Walkway
{
    /// <summary>Half the window over which the heading is taken, in metres: wide enough that corners turn, not snap.</summary>
    const float HeadingWindow = 0.35f;

    readonly float[] along;

    public ImmutableArray<Vector3> Points { get; }

    /// <summary>Length in metres.</summary>
    public float Length { get; }

    public Walkway(IReadOnlyList<Vector3> points)
    {
        if (points.Count < 2) throw new ArgumentException("a walkway needs two points", nameof(points));
        Points = [.. points];
        along = new float[points.Count];
        for (int i = 1; i < points.Count; i++) along[i] = along[i - 1] + Vector3.Distance(points[i - 1], points[i]);
        Length = along[^1];
    }

    /// <summary>The point s metres along (clamped to the ends).</summary>
    public Vector3 At(float s)
    {
        if (s <= 0) return Points[0];
        if (s >= Length) return Points[^1];
        int i = Array.BinarySearch(along, s);
        if (i >= 0) return Points[i];
        i = ~i;
        float seg = along[i] - along[i - 1];
        return seg <= 1e-6f ? Points[i] : Vector3.Lerp(Points[i - 1], Points[i], (s - along[i - 1]) / seg);
    }

    /// <summary>Yaw (as ActorState.Facing) of the way ahead at s, averaged over a short window so it is continuous.</summary>
    public float HeadingAt(float s)
    {
        float window = MathF.Min(HeadingWindow, Length / 2);
        var a = At(MathF.Max(s - window, 0));
        var b = At(MathF.Min(s + window, Length));
        if (s - window < 0) b = At(MathF.Min(2 * window, Length));
        if (s + window > Length) a = At(MathF.Max(Length - 2 * window, 0));
        var d = b - a;
        return d.LengthSquared() < 1e-10f ? 0 : Yaw(d);
    }

    /// <summary>The facing yaw that looks along d (ActorState's convention: 0 = −Z, positive toward −X).</summary>
    public static float Yaw(Vector3 d) => MathF.Atan2(-d.X, -d.Z);
}
