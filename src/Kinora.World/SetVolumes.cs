using System.Collections.Immutable;
using System.Numerics;

namespace Kinora.World;

/// <summary>
/// Every solid or leafy volume of a set, by its true shape (a tree's crown, a trunk, a rock, a hanging pan, a
/// pendant lamp, a wall), for the camera: a lens must not stand inside one, and a line of sight through one is
/// blocked. Built from the set's instances (planes, which bound nothing, glass, which hides nothing, and slivers thinner than
/// <see cref="MinThickness"/> or smaller than <see cref="MinSize"/>, which hide nothing, are left out) and kept in a
/// bounding-volume tree, so a query looks at the few shapes near it. Immutable and safe to share between threads.
/// </summary>
public sealed class SetVolumes
{
    /// <summary>A volume thinner than this on any axis (metres) is left out: grass blades, wires, tiles, plates.</summary>
    public const float MinThickness = 0.05f;

    /// <summary>A volume whose largest side is under this (metres) is left out: pebbles, jars' lids, knobs.</summary>
    public const float MinSize = 0.15f;

    /// <summary>A set with no volumes.</summary>
    public static readonly SetVolumes Empty = new([]);

    readonly Volume[] volumes;
    readonly Node[] nodes;

    /// <summary>One shape: world→local maps into the unit primitive; Rotation and Translation and Scale are its parts.</summary>
    readonly record struct Volume(Primitive Shape, Matrix4x4 ToLocal, Quaternion Inverse, Vector3 Translation, Vector3 Scale, Aabb Bounds, bool Exact);

    /// <summary>A node of the tree: its bound, and either two children (Left, Right) or a run of volumes (First, Count).</summary>
    readonly record struct Node(Aabb Bounds, int Left, int Right, int First, int Count);

    SetVolumes(Volume[] volumes)
    {
        this.volumes = volumes;
        var order = Enumerable.Range(0, volumes.Length).ToArray();
        var built = new List<Node>();
        if (volumes.Length > 0) Build(order, 0, volumes.Length, built);
        this.volumes = order.Select(i => volumes[i]).ToArray();
        nodes = [.. built];
    }

    /// <summary>How many volumes the set has.</summary>
    public int Count => volumes.Length;

    /// <summary>The volumes of a set's instances.</summary>
    public static SetVolumes Of(ImmutableArray<Instance> instances)
    {
        var list = new List<Volume>();
        foreach (var inst in instances)
        {
            // A plane bounds nothing; a lens sees through glass.
            if (inst.Shape == Primitive.Plane || inst.Material.Glass) continue;
            if (!Matrix4x4.Invert(inst.Transform, out var toLocal)) continue;
            var bounds = VehicleStaging.BoundsOf(inst);
            bool exact = Matrix4x4.Decompose(inst.Transform, out var scale, out var rotation, out var translation);
            if (!exact) (scale, rotation, translation) = (bounds.Size, Quaternion.Identity, bounds.Centre);
            scale = Vector3.Abs(scale);
            float thin = MathF.Min(scale.X, MathF.Min(scale.Y, scale.Z)), big = MathF.Max(scale.X, MathF.Max(scale.Y, scale.Z));
            if (thin < MinThickness || big < MinSize) continue;
            list.Add(new Volume(inst.Shape, toLocal, Quaternion.Inverse(rotation), translation, scale, bounds, exact));
        }
        return list.Count == 0 ? Empty : new SetVolumes([.. list]);
    }

    int Build(int[] order, int first, int count, List<Node> built)
    {
        var bounds = volumes[order[first]].Bounds;
        for (int i = first + 1; i < first + count; i++) bounds = Union(bounds, volumes[order[i]].Bounds);
        int index = built.Count;
        built.Add(default);
        if (count <= 4)
        {
            built[index] = new Node(bounds, -1, -1, first, count);
            return index;
        }
        var size = bounds.Size;
        int axis = size.X >= size.Y && size.X >= size.Z ? 0 : size.Y >= size.Z ? 1 : 2;
        Array.Sort(order, first, count, Comparer<int>.Create((a, b) =>
        {
            int c = volumes[a].Bounds.Centre[axis].CompareTo(volumes[b].Bounds.Centre[axis]);
            return c != 0 ? c : a.CompareTo(b);
        }));
        int half = count / 2;
        int left = Build(order, first, half, built);
        int right = Build(order, first + half, count - half, built);
        built[index] = new Node(bounds, left, right, -1, 0);
        return index;
    }

    static Aabb Union(Aabb a, Aabb b) => new(Vector3.Min(a.Min, b.Min), Vector3.Max(a.Max, b.Max));

    /// <summary>Whether point p (metres) lies inside a volume grown by margin metres on every side.</summary>
    public bool Contains(Vector3 p, float margin = 0)
    {
        if (nodes.Length == 0) return false;
        Span<int> stack = stackalloc int[64];
        int top = 0;
        stack[top++] = 0;
        while (top > 0)
        {
            var node = nodes[stack[--top]];
            if (!node.Bounds.Inflate(margin).Contains(p)) continue;
            if (node.Count > 0)
            {
                for (int i = node.First; i < node.First + node.Count; i++)
                    if (Inside(volumes[i], p, margin)) return true;
                continue;
            }
            stack[top++] = node.Left;
            stack[top++] = node.Right;
        }
        return false;
    }

    /// <summary>The bound (world box) of the first volume the segment a→b passes through, or null when it is clear.</summary>
    public Aabb? Blocker(Vector3 a, Vector3 b) => Blocker(a, b, null);

    /// <summary>
    /// The bound (world box) of a volume the segment a→b passes through among those whose bound passes the test (a
    /// canopy: volumes hanging above head height), or null when there is none.
    /// </summary>
    public Aabb? Blocker(Vector3 a, Vector3 b, Func<Aabb, bool>? counts)
    {
        if (nodes.Length == 0) return null;
        Span<int> stack = stackalloc int[64];
        int top = 0;
        stack[top++] = 0;
        while (top > 0)
        {
            var node = nodes[stack[--top]];
            if (!Crosses(a, b, node.Bounds.Min, node.Bounds.Max, out _, out _)) continue;
            if (node.Count > 0)
            {
                for (int i = node.First; i < node.First + node.Count; i++)
                    if ((counts is null || counts(volumes[i].Bounds)) && Pierces(volumes[i], a, b)) return volumes[i].Bounds;
                continue;
            }
            stack[top++] = node.Left;
            stack[top++] = node.Right;
        }
        return null;
    }

    /// <summary>Whether the segment a→b passes through any volume.</summary>
    public bool Blocks(Vector3 a, Vector3 b) => Blocker(a, b) is not null;

    static bool Inside(in Volume v, Vector3 p, float margin)
    {
        Vector3 q;
        if (margin > 0 && v.Exact)
        {
            // Grow the shape by the margin in world units along each of its own axes.
            var grown = v.Scale + new Vector3(2 * margin);
            q = Vector3.Transform(p - v.Translation, v.Inverse) / grown;
        }
        else q = Vector3.Transform(p, v.ToLocal);
        return InUnit(v.Shape, q);
    }

    /// <summary>Whether local point q lies inside the unit primitive (see <see cref="Primitive"/>).</summary>
    static bool InUnit(Primitive shape, Vector3 q)
    {
        if (MathF.Abs(q.X) > 0.5f || MathF.Abs(q.Y) > 0.5f || MathF.Abs(q.Z) > 0.5f) return false;
        float r2 = q.X * q.X + q.Z * q.Z;
        switch (shape)
        {
            case Primitive.Box: return true;
            case Primitive.Sphere: return r2 + q.Y * q.Y <= 0.25f;
            case Primitive.Cylinder: return r2 <= 0.25f;
            case Primitive.Cone:
                float radius = 0.5f * (0.5f - q.Y);
                return r2 <= radius * radius;
            case Primitive.Capsule:
                float y = MathF.Max(MathF.Abs(q.Y) - 0.25f, 0);
                return r2 + y * y <= 0.0625f;
            default: return false;
        }
    }

    static bool Pierces(in Volume v, Vector3 a, Vector3 b)
    {
        var la = Vector3.Transform(a, v.ToLocal);
        var lb = Vector3.Transform(b, v.ToLocal);
        var half = new Vector3(0.5f);
        if (!Crosses(la, lb, -half, half, out float t0, out float t1)) return false;
        if (v.Shape == Primitive.Box) return true;
        var d = lb - la;
        if (v.Shape == Primitive.Sphere)
        {
            // |la + t d|² = 1/4 on [t0, t1].
            float qa = d.LengthSquared(), qb = 2 * Vector3.Dot(la, d), qc = la.LengthSquared() - 0.25f;
            if (qa < 1e-12f) return qc <= 0;
            float disc = qb * qb - 4 * qa * qc;
            if (disc < 0) return false;
            float root = MathF.Sqrt(disc);
            float u0 = (-qb - root) / (2 * qa), u1 = (-qb + root) / (2 * qa);
            return u0 <= t1 && u1 >= t0;
        }
        // Cylinders, cones and capsules: sample the stretch inside the unit box finely (1/48 of the shape).
        const int samples = 48;
        for (int i = 0; i <= samples; i++)
            if (InUnit(v.Shape, la + d * (t0 + (t1 - t0) * i / samples))) return true;
        return false;
    }

    /// <summary>Slab test: whether segment a→b meets the box [min, max], and the stretch (parameters 0..1) inside it.</summary>
    static bool Crosses(Vector3 a, Vector3 b, Vector3 min, Vector3 max, out float t0, out float t1)
    {
        t0 = 0;
        t1 = 1;
        for (int axis = 0; axis < 3; axis++)
        {
            float o = a[axis], d = b[axis] - a[axis];
            if (MathF.Abs(d) < 1e-9f)
            {
                if (o < min[axis] || o > max[axis]) return false;
                continue;
            }
            float u = (min[axis] - o) / d, w = (max[axis] - o) / d;
            if (u > w) (u, w) = (w, u);
            t0 = MathF.Max(t0, u);
            t1 = MathF.Min(t1, w);
            if (t0 > t1) return false;
        }
        return true;
    }
}
