using System.Collections.Immutable;
using System.Numerics;

namespace Kinora.World;

/// <summary>
/// One level of detail of a body mesh in the bind pose (metres, facing −Z): per vertex a position, a normal, up to
/// four joints (<see cref="BodyJoint"/>) with weights summing to 1, and a material slot into
/// <see cref="BodyMesh.Materials"/>; triangles wound counter-clockwise seen from outside.
/// </summary>
public sealed record BodyMeshLevel(
    ImmutableArray<Vector3> Positions,
    ImmutableArray<Vector3> Normals,
    ImmutableArray<byte> Joints,
    ImmutableArray<float> Weights,
    ImmutableArray<byte> MaterialSlots,
    ImmutableArray<uint> Indices)
{
    public int VertexCount => Positions.Length;
    public int TriangleCount => Indices.Length / 3;
}

/// <summary>
/// A character's body as one skinned mesh: skin, face, hair and wardrobe layers, built once at casting by
/// <see cref="BodySculptor"/> and never changed. Levels[0] is full detail (face with lips and mouth), the next
/// ones coarser for small figures and shadows. InverseBind maps world to each joint's bind frame.
/// </summary>
public sealed class BodyMesh
{
    /// <summary>At most this many materials per body (the renderer's table size).</summary>
    public const int MaxMaterials = 12;

    public BodyMesh(string name, ImmutableArray<Material> materials, ImmutableArray<Matrix4x4> inverseBind, ImmutableArray<BodyMeshLevel> levels, float height)
    {
        if (materials.Length > MaxMaterials) throw new ArgumentException($"a body has at most {MaxMaterials} materials", nameof(materials));
        Name = name;
        Materials = materials;
        InverseBind = inverseBind;
        Levels = levels;
        Height = height;
    }

    /// <summary>Who the body belongs to (for exports and logs).</summary>
    public string Name { get; }

    public ImmutableArray<Material> Materials { get; }

    public ImmutableArray<Matrix4x4> InverseBind { get; }

    public ImmutableArray<BodyMeshLevel> Levels { get; }

    /// <summary>The standing height in metres (hair and hats may add to it).</summary>
    public float Height { get; }
}
