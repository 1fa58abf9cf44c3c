using System.Numerics;

namespace Kinora.Render;

public sealed partial class GlRenderer
{
    /// <summary>Gives a lit program the frame's shadow cascades: their matrices, places in the atlas and texel sizes.</summary>
    static void SetCascades(ShaderProgram program, ShadowCascade[] cascades)
    {
        Span<Matrix4x4> viewProj = stackalloc Matrix4x4[cascades.Length];
        Span<Vector4> atlas = stackalloc Vector4[cascades.Length];
        for (int i = 0; i < cascades.Length; i++)
        {
            var c = cascades[i];
            viewProj[i] = c.ViewProjection;
            atlas[i] = new Vector4((float)c.Size / ShadowFit.AtlasWidth, (float)c.Size / ShadowFit.AtlasHeight,
                (float)c.X / ShadowFit.AtlasWidth, (float)c.Y / ShadowFit.AtlasHeight);
        }
        program.Set("uShadowViewProj", viewProj);
        program.Set("uShadowAtlas", atlas);
        program.Set("uShadowTexel", new Vector2(cascades[0].TexelMetres, cascades[^1].TexelMetres));
        program.Set("uShadowAtlasTexel", new Vector2(1f / ShadowFit.AtlasWidth, 1f / ShadowFit.AtlasHeight));
        program.Set("uShadowMap", 0);
    }
}
