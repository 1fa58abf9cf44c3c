using System.Numerics;

namespace Kinora.World;

/// <summary>One primitive placed in the world: Transform maps the unit shape to world space (metres).</summary>
public readonly record struct Instance(Primitive Shape, Matrix4x4 Transform, Material Material);
