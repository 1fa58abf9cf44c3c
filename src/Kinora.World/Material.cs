using System.Numerics;

namespace Kinora.World;

/// <summary>
/// Metallic-roughness surface: albedo in linear RGB, roughness and metallic in 0..1, emission in linear
/// radiance (a lit window, a lamp). Pattern adds procedural detail and relief in the shader (0 none, 1 grass/earth,
/// 2 brick/plaster, 3 wood, 4 water, 5 sand, 6 asphalt, 7 cloth, 8 foliage, 9 cobbles, 10 dressed stone). Glass is
/// see-through: the renderer lets what stands behind it show and lays the sky's reflection over it (windscreens, windows).
/// </summary>
public readonly record struct Material(Vector3 Albedo, float Roughness, float Metallic, Vector3 Emission, int Pattern = 0)
{
    /// <summary>A transparent pane (a windscreen, a window): drawn see-through with a reflection of the sky.</summary>
    public bool Glass { get; init; }

    public static Material Matte(Vector3 albedo, int pattern = 0) => new(albedo, 0.85f, 0f, Vector3.Zero, pattern);
}
