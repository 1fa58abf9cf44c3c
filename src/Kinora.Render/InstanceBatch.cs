using System.Collections.Immutable;
using System.Numerics;
using Kinora.World;

namespace Kinora.Render;

/// <summary>
/// Instances packed for the GPU, grouped by primitive (stable within a group) so each primitive is one
/// instanced draw. Per instance: the model matrix (16 floats, System.Numerics row-vector layout, which GLSL reads
/// as the column-major matrix it needs), albedo + roughness, emission + metallic, pattern.
/// </summary>
sealed class InstanceBatch
{
    public const int FloatsPerInstance = 28;
    public const int Stride = FloatsPerInstance * sizeof(float);

    static readonly int PrimitiveCount = Enum.GetValues<Primitive>().Length;

    /// <summary>First instance and count for each primitive.</summary>
    public (int First, int Count)[] Groups { get; } = new (int, int)[PrimitiveCount];

    public float[] Data { get; private set; } = [];

    public int Count { get; private set; }

    public void Pack(ImmutableArray<Instance> instances)
    {
        Count = instances.Length;
        int needed = Count * FloatsPerInstance;
        if (Data.Length < needed) Data = new float[Math.Max(needed, Data.Length * 2)];
        Span<int> counts = stackalloc int[PrimitiveCount];
        foreach (var inst in instances) counts[(int)inst.Shape]++;
        Span<int> cursor = stackalloc int[PrimitiveCount];
        int first = 0;
        for (int p = 0; p < PrimitiveCount; p++)
        {
            Groups[p] = (first, counts[p]);
            cursor[p] = first;
            first += counts[p];
        }
        foreach (var inst in instances)
        {
            int at = cursor[(int)inst.Shape]++ * FloatsPerInstance;
            Write(Data.AsSpan(at, FloatsPerInstance), inst);
        }
    }

    static void Write(Span<float> d, in Instance inst)
    {
        Matrix4x4 m = inst.Transform;
        d[0] = m.M11; d[1] = m.M12; d[2] = m.M13; d[3] = m.M14;
        d[4] = m.M21; d[5] = m.M22; d[6] = m.M23; d[7] = m.M24;
        d[8] = m.M31; d[9] = m.M32; d[10] = m.M33; d[11] = m.M34;
        d[12] = m.M41; d[13] = m.M42; d[14] = m.M43; d[15] = m.M44;
        var mat = inst.Material;
        d[16] = mat.Albedo.X; d[17] = mat.Albedo.Y; d[18] = mat.Albedo.Z; d[19] = Math.Clamp(mat.Roughness, 0.03f, 1f);
        d[20] = mat.Emission.X; d[21] = mat.Emission.Y; d[22] = mat.Emission.Z; d[23] = Math.Clamp(mat.Metallic, 0f, 1f);
        d[24] = mat.Pattern; d[25] = 0; d[26] = 0; d[27] = 0;
    }
}
