using System.Numerics;
using Kinora.Direction;
using Kinora.World;
using Silk.NET.OpenGL;

namespace Kinora.Render;

/// <summary>
/// What surfaces are given beyond their flat material: relief (ReliefMaps: normal, hollows, tone per kind of surface,
/// one mipmapped texture array uploaded at start-up), the ambient light of the sky as spherical harmonics
/// (SkyIrradiance, once per frame), and screen-space ambient occlusion at half the internal resolution from the depth
/// pre-pass (occlusion.frag and a separable bilateral blur). The occlusion has no history and no per-frame noise: a
/// still shot gives the same pixels every frame.
/// </summary>
public sealed partial class GlRenderer
{
    /// <summary>Texture units the lit programs read relief and occlusion from (the shadow map and post use the low ones).</summary>
    const int ReliefUnit = 6, OcclusionUnit = 7;

    /// <summary>How far (metres) the occlusion looks for nearby geometry, and how dark a fully closed-in pixel gets.</summary>
    const float OcclusionRadius = 0.7f, OcclusionStrength = 2.0f;

    ShaderProgram occlusionProgram = null!, occlusionBlurProgram = null!;
    uint reliefTexture, reliefSampler, occlusionA, occlusionAFbo, occlusionB, occlusionBFbo;
    Vector3[] skyAmbient = new Vector3[9];
    readonly Vector2[] reliefTiles = [.. ReliefMaps.Layers.Select(l => new Vector2(l.TileX, l.TileY))];
    (Lighting? Light, float Rain, float Night, bool Interior) skyAmbientKey;

    /// <summary>Whether this frame draws screen-space occlusion (it needs the depth pre-pass).</summary>
    bool Occlusion => DepthPrepass;

    unsafe void CreateSurface()
    {
        int layers = ReliefMaps.Layers.Length;
        var levels = ReliefMaps.Levels;
        reliefTexture = gl.CreateTexture(TextureTarget.Texture2DArray);
        gl.TextureStorage3D(reliefTexture, (uint)levels.Length, SizedInternalFormat.Rgba8SNorm, ReliefMaps.Size, ReliefMaps.Size, (uint)layers);
        for (int level = 0, size = ReliefMaps.Size; level < levels.Length; level++, size = Math.Max(1, size / 2))
            fixed (sbyte* p = levels[level])
                gl.TextureSubImage3D(reliefTexture, level, 0, 0, 0, (uint)size, (uint)size, (uint)layers, PixelFormat.Rgba, PixelType.Byte, p);
        reliefSampler = gl.CreateSampler();
        gl.SamplerParameter(reliefSampler, SamplerParameterI.MinFilter, (int)GLEnum.LinearMipmapLinear);
        gl.SamplerParameter(reliefSampler, SamplerParameterI.MagFilter, (int)GLEnum.Linear);
        gl.SamplerParameter(reliefSampler, SamplerParameterI.WrapS, (int)GLEnum.Repeat);
        gl.SamplerParameter(reliefSampler, SamplerParameterI.WrapT, (int)GLEnum.Repeat);

        occlusionProgram = new ShaderProgram(gl, "fullscreen.vert", "occlusion.frag");
        occlusionBlurProgram = new ShaderProgram(gl, "fullscreen.vert", "occlusion_blur.frag");
        (occlusionA, occlusionAFbo) = CreateTarget(halfWidth, halfHeight, SizedInternalFormat.RG16f, 0, out _);
        (occlusionB, occlusionBFbo) = CreateTarget(halfWidth, halfHeight, SizedInternalFormat.RG16f, 0, out _);
        gl.ClearNamedFramebuffer(occlusionAFbo, GLEnum.Color, 0, [1f, 1000f, 0f, 0f]);
    }

    /// <summary>
    /// The occlusion of this frame's depth pre-pass into occlusionA (half resolution), then back to the scene target
    /// with the depth pre-pass's state (depth test GEQUAL, no depth writes, the letterbox's scissor) as it was.
    /// </summary>
    void DrawOcclusion(in CameraFrame camera, bool letterboxed)
    {
        gl.Disable(EnableCap.ScissorTest);
        gl.Disable(EnableCap.DepthTest);
        gl.BindVertexArray(emptyVao);
        gl.Viewport(0, 0, (uint)halfWidth, (uint)halfHeight);
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, occlusionAFbo);
        gl.BindTextureUnit(0, sceneDepth);
        gl.BindSampler(0, nearestSampler);
        occlusionProgram.Use();
        occlusionProgram.Set("uDepth", 0);
        occlusionProgram.Set("uTexel", new Vector2(1f / halfWidth, 1f / halfHeight));
        float tanHalf = MathF.Tan(Math.Clamp(camera.VerticalFov, 0.01f, 3f) * 0.5f);
        occlusionProgram.Set("uProject", new Vector2(tanHalf * Width / Height, tanHalf));
        occlusionProgram.Set("uNearFar", new Vector2(CameraMatrices.NearPlane, CameraMatrices.FarPlane));
        occlusionProgram.Set("uRadius", OcclusionRadius);
        occlusionProgram.Set("uStrength", OcclusionStrength);
        gl.DrawArrays(PrimitiveType.Triangles, 0, 3);

        occlusionBlurProgram.Use();
        occlusionBlurProgram.Set("uSource", 0);
        gl.BindSampler(0, nearestSampler);
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, occlusionBFbo);
        gl.BindTextureUnit(0, occlusionA);
        occlusionBlurProgram.Set("uStep", new Vector2(1f / halfWidth, 0));
        gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, occlusionAFbo);
        gl.BindTextureUnit(0, occlusionB);
        occlusionBlurProgram.Set("uStep", new Vector2(0, 1f / halfHeight));
        gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
        gl.BindSampler(0, 0);

        gl.BindFramebuffer(FramebufferTarget.Framebuffer, sceneFbo);
        gl.Viewport(0, 0, (uint)internalWidth, (uint)internalHeight);
        if (letterboxed) gl.Enable(EnableCap.ScissorTest);
        gl.Enable(EnableCap.DepthTest);
        gl.BindVertexArray(meshVao);
    }

    /// <summary>Binds relief and occlusion for the lit pass (units <see cref="ReliefUnit"/> and <see cref="OcclusionUnit"/>).</summary>
    void BindSurface()
    {
        gl.BindTextureUnit(ReliefUnit, reliefTexture);
        gl.BindSampler(ReliefUnit, reliefSampler);
        gl.BindTextureUnit(OcclusionUnit, occlusionA);
        gl.BindSampler(OcclusionUnit, linearSampler);
    }

    void UnbindSurface()
    {
        gl.BindSampler(ReliefUnit, 0);
        gl.BindSampler(OcclusionUnit, 0);
    }

    /// <summary>A lit program's relief, occlusion and sky-ambient uniforms for this frame.</summary>
    unsafe void SetSurface(ShaderProgram program, in LitPass lit)
    {
        var world = lit.World;
        var key = (world.Light, Math.Clamp(world.Atmosphere.Rain, 0f, 1f), lit.Night, world.Set.Interior);
        if (!Equals(skyAmbientKey, key))
        {
            skyAmbient = SkyIrradiance.For(world.Light, key.Item2, lit.Night, world.Set.Interior);
            skyAmbientKey = key;
        }
        program.Set("uRelief", ReliefUnit);
        program.Set("uOcclusion", OcclusionUnit);
        program.Set("uScreenTexel", new Vector2(1f / internalWidth, 1f / internalHeight));
        program.Set("uSkySH", skyAmbient);
        program.Set("uReliefTile", reliefTiles);
    }

    void DeleteSurface()
    {
        gl.DeleteTextures([reliefTexture, occlusionA, occlusionB]);
        gl.DeleteFramebuffers([occlusionAFbo, occlusionBFbo]);
        gl.DeleteSampler(reliefSampler);
        occlusionProgram.Dispose();
        occlusionBlurProgram.Dispose();
    }
}
