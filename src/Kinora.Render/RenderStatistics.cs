using Kinora.World;

namespace Kinora.Render;

/// <summary>Figures about the renderer's meshes, for benchmarks and budgets.</summary>
public static class RenderStatistics
{
    static readonly UnitMeshes Meshes = new();

    /// <summary>Triangles drawn for one instance of a primitive.</summary>
    public static int TrianglesPerInstance(Primitive shape) => Meshes.TrianglesOf(shape);
}
