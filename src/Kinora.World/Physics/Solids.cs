using System.Numerics;

namespace Kinora.World;

/// <summary>
/// The geometry the rigid-body world tests with: whether a point lies inside a shape (and the shortest way out),
/// the closest point of a shape to a point, and the points of a shape's surface that touch first.
/// All shapes in their local frame, centred on the origin (see <see cref="ColliderShape"/>).
/// </summary>
static class Solids
{
    /// <summary>Whether local point p is inside; if so the depth to the nearest face (metres) and that face's outward normal.</summary>
    public static bool Inside(ColliderShape shape, Vector3 h, Vector3 p, out float depth, out Vector3 normal)
    {
        depth = 0;
        normal = Vector3.UnitY;
        switch (shape)
        {
            case ColliderShape.Sphere:
            {
                float d = p.Length();
                if (d >= h.X) return false;
                depth = h.X - d;
                normal = d > 1e-6f ? p / d : Vector3.UnitY;
                return true;
            }
            case ColliderShape.Cylinder:
            {
                float radial = MathF.Sqrt(p.X * p.X + p.Z * p.Z);
                if (radial >= h.X || MathF.Abs(p.Y) >= h.Y) return false;
                float side = h.X - radial, cap = h.Y - MathF.Abs(p.Y);
                if (cap <= side) { depth = cap; normal = new(0, MathF.Sign(p.Y) == 0 ? 1 : MathF.Sign(p.Y), 0); }
                else { depth = side; normal = radial > 1e-6f ? new Vector3(p.X, 0, p.Z) / radial : Vector3.UnitX; }
                return true;
            }
            default:
            {
                var a = Vector3.Abs(p);
                if (a.X >= h.X || a.Y >= h.Y || a.Z >= h.Z) return false;
                var gap = h - a;
                if (gap.X <= gap.Y && gap.X <= gap.Z) { depth = gap.X; normal = new(p.X < 0 ? -1 : 1, 0, 0); }
                else if (gap.Y <= gap.Z) { depth = gap.Y; normal = new(0, p.Y < 0 ? -1 : 1, 0); }
                else { depth = gap.Z; normal = new(0, 0, p.Z < 0 ? -1 : 1); }
                return true;
            }
        }
    }

    /// <summary>The point of the solid shape nearest local point p (p itself when inside).</summary>
    public static Vector3 Closest(ColliderShape shape, Vector3 h, Vector3 p)
    {
        switch (shape)
        {
            case ColliderShape.Sphere:
            {
                float d = p.Length();
                return d <= h.X ? p : p * (h.X / d);
            }
            case ColliderShape.Cylinder:
            {
                float y = Math.Clamp(p.Y, -h.Y, h.Y);
                float radial = MathF.Sqrt(p.X * p.X + p.Z * p.Z);
                float s = radial > h.X ? h.X / radial : 1;
                return new(p.X * s, y, p.Z * s);
            }
            default:
                return Vector3.Clamp(p, -h, h);
        }
    }

    /// <summary>
    /// Points on the surface of a box or cylinder that can touch another solid first: a box's corners and
    /// edge midpoints; a cylinder's rims, plus on each rim the point reaching furthest along each of the given
    /// directions (so a cylinder lying on a face touches it exactly). World space.
    /// </summary>
    public static void SurfacePoints(ColliderShape shape, Vector3 h, RigidPose pose, ReadOnlySpan<Vector3> toward, List<Vector3> into)
    {
        into.Clear();
        if (shape == ColliderShape.Box)
        {
            for (int x = -1; x <= 1; x++)
                for (int y = -1; y <= 1; y++)
                    for (int z = -1; z <= 1; z++)
                    {
                        int zeros = (x == 0 ? 1 : 0) + (y == 0 ? 1 : 0) + (z == 0 ? 1 : 0);
                        if (zeros > 1) continue;   // corners and edge midpoints only
                        into.Add(pose.ToWorld(new Vector3(x, y, z) * h));
                    }
            return;
        }
        if (shape != ColliderShape.Cylinder) return;
        const int rim = 12;
        foreach (float cap in stackalloc float[] { -1, 1 })
        {
            for (int i = 0; i < rim; i++)
            {
                float a = i * MathF.Tau / rim;
                into.Add(pose.ToWorld(new(h.X * MathF.Cos(a), cap * h.Y, h.X * MathF.Sin(a))));
            }
            var inverse = Quaternion.Conjugate(pose.Orientation);
            foreach (var d in toward)
            {
                var local = Vector3.Transform(d, inverse);
                float radial = MathF.Sqrt(local.X * local.X + local.Z * local.Z);
                if (radial < 1e-3f) continue;
                into.Add(pose.ToWorld(new(h.X * local.X / radial, cap * h.Y, h.X * local.Z / radial)));
            }
        }
    }
}
