using Kinora.World;

namespace Kinora.Render;

/// <summary>
/// How much of the scene shader a surface needs, which picks the program variant its instances are drawn with.
/// llvmpipe runs every line of a shader on every pixel whatever its branches decide (an if runs under a lane mask),
/// so a painted lamp post paid for the brick courses, the wood's boards, the relief and the glass's dither that it
/// never shows. Drawing each class with a program holding only its own code gives the same pixels for less: the
/// code left out is the identity for that class.
/// </summary>
enum SurfaceClass
{
    /// <summary>No pattern: paint, metal, skin, emissive windows.</summary>
    Plain,

    /// <summary>Procedural detail and relief: grass, sand, asphalt, cloth, foliage, cobbles, dressed stone.</summary>
    Textured,

    /// <summary>Textured, plus brick courses and mortar (pattern 2) or boards and their joints (pattern 3).</summary>
    Masonry,

    /// <summary>A see-through pane: the whole shader, dither holes and sky sheen included.</summary>
    Glass,
}

static class SurfaceClasses
{
    public const int Count = 4;

    public static SurfaceClass Of(in Material material) =>
        material.Glass ? SurfaceClass.Glass
        : material.Pattern == 0 ? SurfaceClass.Plain
        : material.Pattern is 2 or 3 ? SurfaceClass.Masonry
        : SurfaceClass.Textured;

    /// <summary>The class a skinned body's materials need together (a body is never glass: figure.vert says so).</summary>
    public static SurfaceClass OfBody(IEnumerable<Material> materials)
    {
        var most = SurfaceClass.Plain;
        foreach (var m in materials)
        {
            var c = Of(m with { Glass = false });
            if (c > most) most = c;
        }
        return most;
    }

    /// <summary>The scene.frag defines the class's program is compiled with.</summary>
    public static IEnumerable<string> Defines(SurfaceClass c) => c switch
    {
        SurfaceClass.Plain => [],
        SurfaceClass.Textured => ["SURFACE_DETAIL"],
        SurfaceClass.Masonry => ["SURFACE_DETAIL", "BRICK_AND_BOARDS"],
        _ => ["SURFACE_DETAIL", "BRICK_AND_BOARDS", "GLASS"],
    };
}
