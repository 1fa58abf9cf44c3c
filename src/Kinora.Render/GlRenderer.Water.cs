using Kinora.World;

namespace Kinora.Render;

/// <summary>
/// Water (sea, harbour, ponds: Material.Pattern 4) is drawn by its own program after the rest of the set: waves as a
/// sum of Gerstner slopes moving with film time, the analytic sky and the lamps reflected with Fresnel, the sun's
/// glitter, and a dark, slightly transmissive body colour (water.frag); on the dominant water plane, the set and the cast
/// mirrored in it (GlRenderer.Reflection.cs). Only water pixels pay for it.
/// </summary>
public sealed partial class GlRenderer
{
    const int WaterPattern = 4;

    ShaderVariants? waterVariants;

    static bool IsWater(Instance instance) => instance.Material.Pattern == WaterPattern;

    /// <summary>The set's water, lit with the frame's sun, sky, shadows and lamps. Leaves the set's vertex array bound.</summary>
    void DrawWater(StaticSet set, in LitPass lit, string[] features, int offset)
    {
        if (waterView.Total == 0) return;
        waterVariants ??= new ShaderVariants(gl, "scene.vert", "water.frag");
        // Rain's dimples cost two noises a pixel: compiled in only when it rains.
        var program = waterVariants.Get([.. features, .. Features((lit.World.Atmosphere.Rain > 0, "RAIN"), (mirror is not null, "REFLECTION"))]);
        UseLit(program, lit);
        if (mirror is { } plane) SetReflection(program, lit, plane);
        Draw(set.WaterBuffer, waterView, offset, cull: true);
        if (mirror is not null) gl.BindSampler(ReflectionUnit, 0);
    }
}
