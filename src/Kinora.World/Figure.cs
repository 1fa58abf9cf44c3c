using System.Collections.Immutable;
using System.Numerics;

namespace Kinora.World;

/// <summary>
/// A character's body at one instant: the mesh it was cast with, the skinning matrix of every joint (bind space to
/// world, row vectors) and a world bounding sphere (xyz centre, w radius, metres) for culling and level of detail.
/// </summary>
public sealed record Figure(BodyMesh Mesh, ImmutableArray<Matrix4x4> Skin, Vector4 Bounds);
