using System.Collections.Immutable;
using System.Numerics;

namespace Kinora.World;

/// <summary>
/// Collects a skinned mesh part by part. Each part's triangles are turned to face outward (away from the part's
/// centre, or along a given direction for open sheets) and its normals are averaged from its faces, so lofts
/// stay smooth across their seams and the sculptor never has to think about winding.
/// </summary>
sealed class MeshWriter
{
    readonly List<Vector3> positions = [];
    readonly List<JointWeights> weights = [];
    readonly List<byte> materials = [];
    readonly List<uint> indices = [];
    readonly List<Vector3> normals = [];
    int partVertex, partIndex;

    public int Add(Vector3 p, JointWeights w, byte material)
    {
        positions.Add(p);
        weights.Add(w);
        materials.Add(material);
        return positions.Count - 1;
    }

    public void Triangle(int a, int b, int c)
    {
        indices.Add((uint)a);
        indices.Add((uint)b);
        indices.Add((uint)c);
    }

    /// <summary>
    /// A grid of rows × columns (columns wrap round when wrap is set), with optional cap points joined to the first
    /// and last rows. at(row, column) gives each vertex.
    /// </summary>
    public void Grid(int rows, int columns, bool wrap, Func<int, int, (Vector3 P, JointWeights W, byte M)> at,
        (Vector3 P, JointWeights W, byte M)? startCap = null, (Vector3 P, JointWeights W, byte M)? endCap = null)
    {
        int first = positions.Count;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++)
            {
                var (p, w, m) = at(r, c);
                Add(p, w, m);
            }
        int spans = wrap ? columns : columns - 1;
        for (int r = 0; r + 1 < rows; r++)
            for (int c = 0; c < spans; c++)
            {
                int c1 = (c + 1) % columns;
                int a = first + r * columns + c, b = first + r * columns + c1, d = first + (r + 1) * columns + c, e = first + (r + 1) * columns + c1;
                Triangle(a, b, e);
                Triangle(a, e, d);
            }
        if (startCap is { } s)
        {
            int centre = Add(s.P, s.W, s.M);
            for (int c = 0; c < spans; c++) Triangle(centre, first + (c + 1) % columns, first + c);
        }
        if (endCap is { } e2)
        {
            int centre = Add(e2.P, e2.W, e2.M);
            int last = first + (rows - 1) * columns;
            for (int c = 0; c < spans; c++) Triangle(centre, last + c, last + (c + 1) % columns);
        }
    }

    /// <summary>
    /// Ends a part: orients its triangles outward (from its centre, or along outward; toward the centre when inward,
    /// for the inside of cloth) and works out its normals.
    /// </summary>
    public void EndPart(Vector3? outward = null, bool inward = false)
    {
        int vertexCount = positions.Count - partVertex;
        if (vertexCount == 0) return;
        var centre = Vector3.Zero;
        for (int v = partVertex; v < positions.Count; v++) centre += positions[v];
        centre /= vertexCount;
        double facing = 0;
        for (int i = partIndex; i < indices.Count; i += 3)
        {
            var (a, b, c) = (positions[(int)indices[i]], positions[(int)indices[i + 1]], positions[(int)indices[i + 2]]);
            var n = Vector3.Cross(b - a, c - a);
            facing += Vector3.Dot(n, outward ?? (a + b + c) / 3 - centre);
        }
        if (inward) facing = -facing;
        if (facing < 0)
            for (int i = partIndex; i < indices.Count; i += 3) (indices[i + 1], indices[i + 2]) = (indices[i + 2], indices[i + 1]);
        var sums = new Vector3[vertexCount];
        for (int i = partIndex; i < indices.Count; i += 3)
        {
            int ia = (int)indices[i], ib = (int)indices[i + 1], ic = (int)indices[i + 2];
            var n = Vector3.Cross(positions[ib] - positions[ia], positions[ic] - positions[ia]);
            sums[ia - partVertex] += n;
            sums[ib - partVertex] += n;
            sums[ic - partVertex] += n;
        }
        foreach (var n in sums) normals.Add(n.LengthSquared() > 1e-20f ? Vector3.Normalize(n) : Vector3.UnitY);
        partVertex = positions.Count;
        partIndex = indices.Count;
    }

    public BodyMeshLevel Build()
    {
        if (partVertex != positions.Count) EndPart();
        var joints = new byte[positions.Count * 4];
        var w = new float[positions.Count * 4];
        for (int v = 0; v < positions.Count; v++)
        {
            var x = weights[v];
            joints[v * 4] = x.J0; joints[v * 4 + 1] = x.J1; joints[v * 4 + 2] = x.J2; joints[v * 4 + 3] = x.J3;
            w[v * 4] = x.W.X; w[v * 4 + 1] = x.W.Y; w[v * 4 + 2] = x.W.Z; w[v * 4 + 3] = x.W.W;
        }
        return new BodyMeshLevel([.. positions], [.. normals], [.. joints], [.. w], [.. materials], [.. indices]);
    }
}
