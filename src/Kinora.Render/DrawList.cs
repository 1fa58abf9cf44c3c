using System.Numerics;
using Kinora.World;

namespace Kinora.Render;

/// <summary>
/// The instances one pass draws from one record buffer: those whose bounding sphere meets the pass's clip volume,
/// as indices grouped by (surface class, primitive, level of detail) so each group is one instanced draw with one
/// program. Culling and coarser meshes for small things matter most on llvmpipe, whose vertex stage runs on a single
/// thread.
/// </summary>
sealed class DrawList
{
    static readonly int GroupsPerClass = Enum.GetValues<Primitive>().Length * UnitMeshes.LevelCount;
    static readonly int GroupCount = SurfaceClasses.Count * GroupsPerClass;

    uint[] indices = [];
    int[] groupOf = [];
    float[] distances = [];
    float[] sortKeys = [];

    /// <summary>First index (into <see cref="Indices"/>) and count for each surface class × primitive × level.</summary>
    public (int First, int Count)[] Groups { get; } = new (int, int)[GroupCount];

    public ReadOnlySpan<uint> Indices => indices.AsSpan(0, Total);

    public int Total { get; private set; }

    /// <summary>
    /// Builds the list. planes: the six clip planes (xyz normal, w distance; inside is positive). pixelsPerRadian:
    /// how many pixels one radian of view spans, for the projected size; levelBias coarsens every choice (shadows).
    /// </summary>
    public void Build(InstanceRecords records, ReadOnlySpan<Vector4> planes, Vector3 eye, float pixelsPerRadian, int levelBias)
    {
        int n = records.Count;
        if (groupOf.Length < n)
        {
            groupOf = new int[Math.Max(n, groupOf.Length * 2)];
            distances = new float[groupOf.Length];
        }
        Span<int> counts = stackalloc int[GroupCount];
        for (int i = 0; i < n; i++)
        {
            var s = records.Spheres[i];
            var centre = new Vector3(s.X, s.Y, s.Z);
            if (!Meets(planes, centre, s.W)) { groupOf[i] = -1; continue; }
            var shape = records.Shapes[i];
            int level = 0;
            float distance = MathF.Max(Vector3.Distance(centre, eye) - s.W, 1e-3f);
            distances[i] = distance;
            if (shape is not (Primitive.Box or Primitive.Plane))
            {
                float pixels = s.W / distance * pixelsPerRadian;
                level = pixels > 60 ? 0 : pixels > 18 ? 1 : 2;
                level = Math.Min(UnitMeshes.LevelCount - 1, level + levelBias);
            }
            int g = Group(records.Classes[i], shape, level);
            groupOf[i] = g;
            counts[g]++;
        }
        int first = 0;
        Span<int> cursor = stackalloc int[GroupCount];
        for (int g = 0; g < GroupCount; g++)
        {
            Groups[g] = (first, counts[g]);
            cursor[g] = first;
            first += counts[g];
        }
        Total = first;
        if (indices.Length < Total) indices = new uint[Math.Max(Total, indices.Length * 2)];
        if (sortKeys.Length < indices.Length) sortKeys = new float[indices.Length];
        for (int i = 0; i < n; i++)
        {
            if (groupOf[i] < 0) continue;
            int at = cursor[groupOf[i]]++;
            indices[at] = (uint)i;
            sortKeys[at] = distances[i];
        }
        // Near to far within each group, so the depth test rejects hidden fragments before they are shaded.
        foreach (var (start, count) in Groups)
            if (count > 1) Array.Sort(sortKeys, indices, start, count);
    }

    /// <summary>Where the instances of one class, shape and level are listed in <see cref="Groups"/>.</summary>
    public static int Group(SurfaceClass surface, Primitive shape, int level) =>
        (int)surface * GroupsPerClass + (int)shape * UnitMeshes.LevelCount + level;

    /// <summary>Whether any instance of the class is listed.</summary>
    public bool Has(SurfaceClass surface)
    {
        int start = (int)surface * GroupsPerClass;
        for (int g = start; g < start + GroupsPerClass; g++)
            if (Groups[g].Count > 0) return true;
        return false;
    }

    /// <summary>A 64-bit FNV-1a digest of the list (its groups and indices): equal lists draw the same thing.</summary>
    public ulong Fingerprint()
    {
        ulong h = 14695981039346656037UL;
        foreach (var (first, count) in Groups) h = (h ^ (uint)first ^ ((ulong)(uint)count << 32)) * 1099511628211UL;
        foreach (uint i in Indices) h = (h ^ i) * 1099511628211UL;
        return h;
    }

    public void Clear()
    {
        Array.Clear(Groups);
        Total = 0;
    }

    /// <summary>Whether a sphere meets the volume inside clip planes (conservatively: near a corner it may say yes).</summary>
    public static bool Meets(ReadOnlySpan<Vector4> planes, Vector3 centre, float radius)
    {
        foreach (var p in planes)
            if (Vector3.Dot(new Vector3(p.X, p.Y, p.Z), centre) + p.W < -radius) return false;
        return true;
    }

    /// <summary>The six planes of a clip volume from a row-vector view-projection with depth 0..1 (either way round).</summary>
    public static void PlanesOf(Matrix4x4 m, Span<Vector4> planes)
    {
        var c0 = new Vector4(m.M11, m.M21, m.M31, m.M41);
        var c1 = new Vector4(m.M12, m.M22, m.M32, m.M42);
        var c2 = new Vector4(m.M13, m.M23, m.M33, m.M43);
        var c3 = new Vector4(m.M14, m.M24, m.M34, m.M44);
        planes[0] = Normalise(c3 + c0);
        planes[1] = Normalise(c3 - c0);
        planes[2] = Normalise(c3 + c1);
        planes[3] = Normalise(c3 - c1);
        planes[4] = Normalise(c2);
        planes[5] = Normalise(c3 - c2);
    }

    static Vector4 Normalise(Vector4 p)
    {
        float l = new Vector3(p.X, p.Y, p.Z).Length();
        return l > 0 ? p / l : p;
    }
}
