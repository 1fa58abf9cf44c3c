using System.Numerics;
using Kinora.World;

namespace Kinora.Render;

/// <summary>
/// The water plane a frame's planar reflection mirrors the set about: the height (metres) of the open water in view
/// that covers the most area (a harbour's sea, not a puddle on the quay), and the part of the screen that water
/// covers, so the reflection is drawn only there. Puddles alone (less than <see cref="OpenWater"/> in all) are seen
/// from above, where water reflects a few per cent: they keep the sky's reflection and cost no pass. Pure geometry:
/// no GL.
/// </summary>
readonly record struct WaterMirror(float Height, Vector4 Screen)
{
    /// <summary>Water surfaces within this height (metres) of each other count as one plane.</summary>
    public const float SamePlane = 0.05f;

    /// <summary>The least area of water on one plane (square metres) that is mirrored: a pond, a harbour, the sea.</summary>
    public const float OpenWater = 40f;

    /// <summary>The camera must stand at least this high (metres) above the plane to see a reflection in it.</summary>
    const float Above = 0.02f;

    /// <summary>
    /// The reflection about the plane y = Height, as a row-vector matrix: (x, y, z) → (x, 2·Height − y, z).
    /// </summary>
    public Matrix4x4 Reflection => Matrix4x4.CreateScale(1, -1, 1) * Matrix4x4.CreateTranslation(0, 2 * Height, 0);

    /// <summary>
    /// The dominant water plane among the visible water instances (indices into water), or null when there is no open
    /// water the camera looks down on. Screen: the plane's water on screen as (x0, y0, x1, y1) in normalised device
    /// coordinates (−1..1), from each instance's top face clipped at the near plane.
    /// </summary>
    public static WaterMirror? Choose(InstanceRecords water, ReadOnlySpan<uint> visible, Matrix4x4 viewProjection, Vector3 eye)
    {
        // Area by height, in a list kept in order of first appearance (the draw list's order is deterministic).
        Span<(float Height, float Area)> planes = stackalloc (float, float)[Math.Min(visible.Length, 16)];
        int count = 0;
        foreach (uint index in visible)
        {
            var (height, area) = TopOf(water, (int)index);
            int at = 0;
            while (at < count && MathF.Abs(planes[at].Height - height) > SamePlane) at++;
            if (at == count)
            {
                if (count == planes.Length) continue;
                planes[count++] = (height, 0);
            }
            planes[at].Area += area;
        }
        int best = -1;
        for (int i = 0; i < count; i++)
            if (eye.Y > planes[i].Height + Above && planes[i].Area >= OpenWater && (best < 0 || planes[i].Area > planes[best].Area)) best = i;
        if (best < 0) return null;
        float chosen = planes[best].Height;

        var screen = new Vector4(float.MaxValue, float.MaxValue, float.MinValue, float.MinValue);
        Span<Vector4> corners = stackalloc Vector4[4];
        Span<Vector4> clipped = stackalloc Vector4[8];
        foreach (uint index in visible)
        {
            int i = (int)index;
            if (MathF.Abs(TopOf(water, i).Height - chosen) > SamePlane) continue;
            var model = ModelOf(water, i);
            float top = water.Shapes[i] == Primitive.Plane ? 0 : 0.5f;
            corners[0] = Vector4.Transform(Vector4.Transform(new Vector4(-0.5f, top, -0.5f, 1), model), viewProjection);
            corners[1] = Vector4.Transform(Vector4.Transform(new Vector4(0.5f, top, -0.5f, 1), model), viewProjection);
            corners[2] = Vector4.Transform(Vector4.Transform(new Vector4(0.5f, top, 0.5f, 1), model), viewProjection);
            corners[3] = Vector4.Transform(Vector4.Transform(new Vector4(-0.5f, top, 0.5f, 1), model), viewProjection);
            int n = ClipInFront(corners, clipped);
            for (int k = 0; k < n; k++)
            {
                float x = clipped[k].X / clipped[k].W, y = clipped[k].Y / clipped[k].W;
                screen = new Vector4(MathF.Min(screen.X, x), MathF.Min(screen.Y, y), MathF.Max(screen.Z, x), MathF.Max(screen.W, y));
            }
        }
        screen = Vector4.Clamp(screen, new Vector4(-1), new Vector4(1));
        if (screen.X >= screen.Z || screen.Y >= screen.W) return null;
        return new WaterMirror(chosen, screen);
    }

    /// <summary>The height of an instance's top face (metres) and its area seen from above (square metres).</summary>
    static (float Height, float Area) TopOf(InstanceRecords water, int i)
    {
        var m = ModelOf(water, i);
        float halfHeight = water.Shapes[i] == Primitive.Plane ? 0 : 0.5f * MathF.Abs(m.M22);
        float area = new Vector3(m.M11, m.M12, m.M13).Length() * new Vector3(m.M31, m.M32, m.M33).Length();
        return (m.M42 + halfHeight, area);
    }

    static Matrix4x4 ModelOf(InstanceRecords water, int i)
    {
        var d = water.Data.AsSpan(i * InstanceRecords.FloatsPerInstance, 16);
        return new Matrix4x4(d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11], d[12], d[13], d[14], d[15]);
    }

    /// <summary>A polygon in clip space cut to the part in front of the near plane (w ≥ the near distance).</summary>
    static int ClipInFront(ReadOnlySpan<Vector4> polygon, Span<Vector4> result)
    {
        const float near = CameraMatrices.NearPlane;
        int n = 0;
        for (int i = 0; i < polygon.Length; i++)
        {
            var a = polygon[i];
            var b = polygon[(i + 1) % polygon.Length];
            bool aIn = a.W >= near, bIn = b.W >= near;
            if (aIn) result[n++] = a;
            if (aIn != bIn) result[n++] = Vector4.Lerp(a, b, (near - a.W) / (b.W - a.W));
        }
        return n;
    }
}
