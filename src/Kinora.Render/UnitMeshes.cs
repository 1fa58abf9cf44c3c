using System.Numerics;
using Kinora.World;

namespace Kinora.Render;

/// <summary>Where one primitive's triangles lie in the shared mesh buffers.</summary>
public readonly record struct MeshRange(int FirstIndex, int IndexCount, int BaseVertex);

/// <summary>
/// The unit shapes of <see cref="Primitive"/> as one interleaved vertex array (position, normal; 6 floats) and one
/// index array, counter-clockwise front faces, each in <see cref="LevelCount"/> levels of detail. Level 0 is
/// sphere 16×12 and cylinder 16 sides; the coarser levels are for things small on screen, because llvmpipe
/// transforms vertices on one thread and every triangle costs.
/// </summary>
public sealed class UnitMeshes
{
    public const int LevelCount = 3;
    static readonly int[] SegmentsPerLevel = [16, 10, 6];
    static readonly int[] RingsPerLevel = [12, 8, 4];

    readonly List<float> vertices = [];
    readonly List<uint> indices = [];
    readonly MeshRange[] ranges = new MeshRange[Enum.GetValues<Primitive>().Length * LevelCount];
    int segments = 16;

    public float[] Vertices => [.. vertices];
    public uint[] Indices => [.. indices];

    public MeshRange this[Primitive p, int level] => ranges[(int)p * LevelCount + level];

    public int TrianglesOf(Primitive p, int level = 0) => this[p, level].IndexCount / 3;

    public UnitMeshes()
    {
        for (int level = 0; level < LevelCount; level++) BuildLevel(level);
    }

    void BuildLevel(int level)
    {
        segments = SegmentsPerLevel[level];
        int rings = RingsPerLevel[level];
        Build(Primitive.Box, level, AddBox);
        Build(Primitive.Sphere, level, () => AddLathe(SphereProfile(0.5f, rings, 0f)));
        Build(Primitive.Cylinder, level, () =>
        {
            AddLathe([new(0, 0.5f, 0, 1), new(0.5f, 0.5f, 0, 1)]);
            AddLathe([new(0.5f, 0.5f, 1, 0), new(0.5f, -0.5f, 1, 0)]);
            AddLathe([new(0.5f, -0.5f, 0, -1), new(0, -0.5f, 0, -1)]);
        });
        Build(Primitive.Cone, level, () =>
        {
            // The side's normal leans up by the cone's slope (radius 0.5 over height 1).
            var n = Vector2.Normalize(new Vector2(1, 0.5f));
            AddLathe([new(0, 0.5f, n.X, n.Y), new(0.5f, -0.5f, n.X, n.Y)]);
            AddLathe([new(0.5f, -0.5f, 0, -1), new(0, -0.5f, 0, -1)]);
        });
        Build(Primitive.Capsule, level, () =>
        {
            // Radius 0.25: two hemispheres centred at ±0.25 joined by the straight side.
            int half = rings / 4;
            var top = SphereProfile(0.25f, half * 2, 0.25f).Take(half + 1).ToList();
            var bottom = SphereProfile(0.25f, half * 2, -0.25f).Skip(half).ToList();
            AddLathe([.. top, .. bottom]);
        });
        Build(Primitive.Plane, level, () => AddQuad(Vector3.Zero, new(0, 0, 0.5f), new(0.5f, 0, 0)));
    }

    void Build(Primitive p, int level, Action add)
    {
        int firstIndex = indices.Count, baseVertex = vertices.Count / 6;
        add();
        // Indices were written relative to the whole array; make them relative to this mesh's base vertex.
        for (int i = firstIndex; i < indices.Count; i++) indices[i] -= (uint)baseVertex;
        ranges[(int)p * LevelCount + level] = new MeshRange(firstIndex, indices.Count - firstIndex, baseVertex);
    }

    int AddVertex(Vector3 p, Vector3 n)
    {
        vertices.AddRange([p.X, p.Y, p.Z, n.X, n.Y, n.Z]);
        return vertices.Count / 6 - 1;
    }

    /// <summary>A quad centred at c spanning ±u, ±v; u×v is the face normal.</summary>
    void AddQuad(Vector3 c, Vector3 u, Vector3 v)
    {
        var n = Vector3.Normalize(Vector3.Cross(u, v));
        int a = AddVertex(c - u - v, n), b = AddVertex(c + u - v, n), d = AddVertex(c + u + v, n), e = AddVertex(c - u + v, n);
        indices.AddRange([(uint)a, (uint)b, (uint)d, (uint)a, (uint)d, (uint)e]);
    }

    void AddBox()
    {
        Vector3 x = new(0.5f, 0, 0), y = new(0, 0.5f, 0), z = new(0, 0, 0.5f);
        AddQuad(x, y, z);
        AddQuad(-x, z, y);
        AddQuad(y, z, x);
        AddQuad(-y, x, z);
        AddQuad(z, x, y);
        AddQuad(-z, y, x);
    }

    /// <summary>A profile point: radius and height, and the normal's radial and vertical parts.</summary>
    readonly record struct ProfilePoint(float Radius, float Y, float NormalRadial, float NormalY);

    static List<ProfilePoint> SphereProfile(float radius, int rings, float centreY)
    {
        var points = new List<ProfilePoint>();
        for (int i = 0; i <= rings; i++)
        {
            float theta = MathF.PI * i / rings;
            float s = MathF.Sin(theta), c = MathF.Cos(theta);
            points.Add(new(radius * s, centreY + radius * c, s, c));
        }
        return points;
    }

    /// <summary>Revolves a top-to-bottom profile about +Y; that order makes the outside counter-clockwise.</summary>
    void AddLathe(IReadOnlyList<ProfilePoint> profile)
    {
        int start = vertices.Count / 6;
        foreach (var pt in profile)
        {
            for (int j = 0; j <= segments; j++)
            {
                float phi = 2 * MathF.PI * j / segments;
                float c = MathF.Cos(phi), s = MathF.Sin(phi);
                AddVertex(new(pt.Radius * c, pt.Y, pt.Radius * s), Vector3.Normalize(new(pt.NormalRadial * c, pt.NormalY, pt.NormalRadial * s)));
            }
        }
        int stride = segments + 1;
        for (int i = 0; i + 1 < profile.Count; i++)
        {
            for (int j = 0; j < segments; j++)
            {
                uint a = (uint)(start + i * stride + j), b = a + (uint)stride, c = a + 1, d = b + 1;
                if (profile[i].Radius > 0) indices.AddRange([a, c, b]);
                if (profile[i + 1].Radius > 0) indices.AddRange([c, d, b]);
            }
        }
    }
}
