using System.Numerics;
using Kinora.Core;
using Kinora.World;
using Silk.NET.OpenGL;

namespace Kinora.Render;

public sealed partial class GlRenderer
{
    /// <summary>
    /// What the set's share of the shadow atlas depends on: the set, both cascades' matrices, and which of its casters
    /// each cascade draws at which level of detail (a digest of the draw lists). While it holds (a locked-off or slowly
    /// reframing shot: the cascades move in strides and the sun in <see cref="ShadowFit.Steady"/>'s steps) the set's
    /// depth is copied from an earlier frame's instead of drawn again.
    /// </summary>
    readonly record struct StaticShadowKey(StaticSet Set, Matrix4x4 Near, Matrix4x4 Far, ulong Casters);

    uint staticShadowCache;

    /// <summary>How many frames took the set's shadow depth from the cache (for tests and the bench).</summary>
    internal int StaticShadowReuses { get; private set; }
    StaticShadowKey? previousShadowKey, cachedShadowKey;

    /// <summary>
    /// Shadow maps: each cascade into its square of the atlas. The set's casters first (or their depth from the
    /// cache), then what moves: props, vehicles and figures. Depth is the nearest caster whatever the order, so a
    /// cached frame is bit for bit the frame drawn whole.
    /// </summary>
    void DrawShadowMaps(WorldFrame world, StaticSet set, ShadowCascade[] cascades, DrawOffsets offsets)
    {
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, shadowFbo);
        gl.DepthFunc(DepthFunction.Less);
        // Slope-scaled offset handles grazing angles; the slope-scaled normal offset in the lookup handles the rest.
        gl.Enable(EnableCap.PolygonOffsetFill);
        gl.PolygonOffset(1.6f, 2f);
        ulong casters = 0;
        foreach (var list in staticShadow) casters = StableHash.Combine(casters, list.Fingerprint());
        var key = new StaticShadowKey(set, cascades[0].ViewProjection, cascades[^1].ViewProjection, casters);
        if (key == cachedShadowKey)
        {
            CopyAtlas(staticShadowCache, shadowMap);
            StaticShadowReuses++;
        }
        else
        {
            gl.ClearDepth(1.0);
            gl.Clear(ClearBufferMask.DepthBufferBit);
            for (int i = 0; i < cascades.Length; i++)
            {
                SetCascadeViewport(cascades[i]);
                DrawDepth(set.Buffer, staticShadow[i], offsets.StaticShadow[i], cull: false, cascades[i].ViewProjection);
            }
            // The second frame from one place: keep the set's depth for the frames after it. A moving camera never
            // pays for the copy.
            if (key == previousShadowKey)
            {
                if (staticShadowCache == 0)
                {
                    staticShadowCache = gl.CreateTexture(TextureTarget.Texture2D);
                    gl.TextureStorage2D(staticShadowCache, 1, SizedInternalFormat.DepthComponent32f, ShadowFit.AtlasWidth, ShadowFit.AtlasHeight);
                }
                CopyAtlas(shadowMap, staticShadowCache);
                cachedShadowKey = key;
            }
        }
        previousShadowKey = key;
        for (int i = 0; i < cascades.Length; i++)
        {
            SetCascadeViewport(cascades[i]);
            DrawDepth(dynamicBuffer, dynamicShadow[i], offsets.DynamicShadow[i], cull: false, cascades[i].ViewProjection);
            DrawFigureShadows(world, cascades[i].ViewProjection);
        }
        gl.Disable(EnableCap.PolygonOffsetFill);
    }

    void SetCascadeViewport(in ShadowCascade cascade) =>
        gl.Viewport(cascade.X, cascade.Y, (uint)cascade.Size, (uint)cascade.Size);

    void CopyAtlas(uint from, uint to) =>
        gl.CopyImageSubData(from, CopyImageSubDataTarget.Texture2D, 0, 0, 0, 0, to, CopyImageSubDataTarget.Texture2D, 0, 0, 0, 0,
            ShadowFit.AtlasWidth, ShadowFit.AtlasHeight, 1);

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
