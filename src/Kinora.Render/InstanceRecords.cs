using System.Collections.Immutable;
using System.Numerics;
using Kinora.World;

namespace Kinora.Render;

/// <summary>
/// Instances as the shaders read them from a storage buffer (std430, 112 bytes each): the model matrix (16 floats
/// in System.Numerics row-vector layout, which GLSL reads as the column-major matrix it needs), albedo +
/// roughness, emission + metallic, pattern. Alongside, on the CPU, each instance's shape and world bounding
/// sphere for culling and level-of-detail choice, and its surface class for the program it is drawn with.
/// </summary>
sealed class InstanceRecords
{
    public const int FloatsPerInstance = 28;
    public const int Stride = FloatsPerInstance * sizeof(float);

    public float[] Data { get; private set; } = [];
    public Vector4[] Spheres { get; private set; } = [];
    public Primitive[] Shapes { get; private set; } = [];
    public SurfaceClass[] Classes { get; private set; } = [];
    public int Count { get; private set; }

    public void Pack(ImmutableArray<Instance> instances)
    {
        Count = instances.IsDefault ? 0 : instances.Length;
        if (Data.Length < Count * FloatsPerInstance)
        {
            int capacity = Math.Max(Count, Spheres.Length * 2);
            Data = new float[capacity * FloatsPerInstance];
            Spheres = new Vector4[capacity];
            Shapes = new Primitive[capacity];
            Classes = new SurfaceClass[capacity];
        }
        for (int i = 0; i < Count; i++)
        {
            var inst = instances[i];
            Write(Data.AsSpan(i * FloatsPerInstance, FloatsPerInstance), inst);
            var m = inst.Transform;
            // Every unit shape fits in the −0.5..0.5 cube, whose image has this bounding sphere.
            float r = 0.5f * MathF.Sqrt(new Vector3(m.M11, m.M12, m.M13).LengthSquared() + new Vector3(m.M21, m.M22, m.M23).LengthSquared() + new Vector3(m.M31, m.M32, m.M33).LengthSquared());
            Spheres[i] = new Vector4(m.M41, m.M42, m.M43, r);
            Shapes[i] = inst.Shape;
            Classes[i] = SurfaceClasses.Of(inst.Material);
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
        d[24] = mat.Pattern; d[25] = mat.Glass ? 1 : 0; d[26] = 0; d[27] = 0;
    }
}
