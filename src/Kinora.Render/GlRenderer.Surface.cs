using System.Numerics;
using Kinora.Direction;
using Kinora.World;
using Silk.NET.OpenGL;

namespace Kinora.Render;

/// <summary>
/// What surfaces are given beyond their flat material: relief (ReliefMaps: normal, hollows, tone per kind of surface,
/// one mipmapped texture array uploaded at start-up), the ambient light of the sky as spherical harmonics
/// (SkyIrradiance, once per frame), and screen-space ambient occlusion at half the internal resolution from the depth
/// pre-pass (occlusion.frag). The occlusion has no history and no per-frame noise: a still shot gives the same pixels
/// every frame.
/// </summary>
public sealed partial class GlRenderer
{
    /// <summary>Texture units the lit programs read relief and occlusion from (the shadow map and post use the low ones).</summary>
    const int ReliefUnit = 6, OcclusionUnit = 7;

    /// <summary>How far (metres) the occlusion looks for nearby geometry, and how dark a fully closed-in pixel gets.</summary>
    const float OcclusionRadius = 0.7f, OcclusionStrength = 2.0f;

    ShaderProgram occlusionProgram = null!;
    uint reliefTexture, reliefSampler, occlusion, occlusionFbo;
    Vector3[] skyAmbient = new Vector3[9];
    readonly Vector2[] reliefTiles = [.. ReliefMaps.Layers.Select(l => new Vector2(l.TileX, l.TileY))];
    /// <summary>Each layer's 1×1 level, as the shader reads a texel (0..1 per channel).</summary>
    readonly Vector4[] reliefMeans = [.. Enumerable.Range(0, ReliefMaps.Layers.Length).Select(l =>
        new Vector4(ReliefMaps.Levels[^1][l * 4], ReliefMaps.Levels[^1][l * 4 + 1], ReliefMaps.Levels[^1][l * 4 + 2], ReliefMaps.Levels[^1][l * 4 + 3]) / 255f)];
    (Vector3 Sun, Vector3 SunColour, Vector3 Zenith, Vector3 Horizon, Vector3 Ambient, float Rain, float Night, bool Interior)? skyAmbientKey;

    /// <summary>Whether this frame draws screen-space occlusion (it needs the depth pre-pass).</summary>
    bool Occlusion => DepthPrepass;

    unsafe void CreateSurface()
    {
        int layers = ReliefMaps.Layers.Length;
        var levels = ReliefMaps.Levels;
        reliefTexture = gl.CreateTexture(TextureTarget.Texture2DArray);
        gl.TextureStorage3D(reliefTexture, (uint)levels.Length, SizedInternalFormat.Rgba8, ReliefMaps.Size, ReliefMaps.Size, (uint)layers);
        for (int level = 0, size = ReliefMaps.Size; level < levels.Length; level++, size = Math.Max(1, size / 2))
            fixed (byte* p = levels[level])
                gl.TextureSubImage3D(reliefTexture, level, 0, 0, 0, (uint)size, (uint)size, (uint)layers, PixelFormat.Rgba, PixelType.UnsignedByte, p);
        reliefSampler = gl.CreateSampler();
        // Bilinear within the nearest level: trilinear doubles the fetches, and a level's step in a normal's tilt
        // does not show.
        gl.SamplerParameter(reliefSampler, SamplerParameterI.MinFilter, (int)GLEnum.LinearMipmapNearest);
        gl.SamplerParameter(reliefSampler, SamplerParameterI.MagFilter, (int)GLEnum.Linear);
        gl.SamplerParameter(reliefSampler, SamplerParameterI.WrapS, (int)GLEnum.Repeat);
        gl.SamplerParameter(reliefSampler, SamplerParameterI.WrapT, (int)GLEnum.Repeat);

        occlusionProgram = new ShaderProgram(gl, "fullscreen.vert", "occlusion.frag");
        // RGBA8, which llvmpipe reads and writes on its fast path (half floats take a slow one).
        (occlusion, occlusionFbo) = CreateTarget(halfWidth, halfHeight, SizedInternalFormat.Rgba8, 0, out _);
        gl.ClearNamedFramebuffer(occlusionFbo, GLEnum.Color, 0, [1f, 0f, 0f, 0f]);
    }

    /// <summary>
    /// The occlusion of this frame's depth pre-pass into <c>occlusion</c> (half resolution), then back to the scene target
    /// with the depth pre-pass's state (depth test GEQUAL, no depth writes, the letterbox's scissor) as it was.
    /// </summary>
    void DrawOcclusion(in CameraFrame camera, bool letterboxed)
    {
        gl.Disable(EnableCap.ScissorTest);
        gl.Disable(EnableCap.DepthTest);
        gl.BindVertexArray(emptyVao);
        BeginFullScreen(occlusionFbo, halfWidth, halfHeight, sceneDepth, nearestSampler, occlusionProgram);
        occlusionProgram.Set("uDepth", 0);
        occlusionProgram.Set("uTexel", new Vector2(1f / halfWidth, 1f / halfHeight));
        occlusionProgram.Set("uDepthSize", new Vector2(internalWidth, internalHeight));
        float tanHalf = MathF.Tan(Math.Clamp(camera.VerticalFov, 0.01f, 3f) * 0.5f);
        occlusionProgram.Set("uProject", new Vector2(tanHalf * Width / Height, tanHalf));
        occlusionProgram.Set("uNearFar", new Vector2(CameraMatrices.NearPlane, CameraMatrices.FarPlane));
        occlusionProgram.Set("uRadius", OcclusionRadius);
        occlusionProgram.Set("uStrength", OcclusionStrength);
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
        gl.BindTextureUnit(OcclusionUnit, occlusion);
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
        // The sky changes slowly over a shot: recomputed (about a millisecond) only when its light does.
        var l = world.Light;
        var key = (l.SunDirection, l.SunColour, l.SkyZenith, l.SkyHorizon, l.Ambient, Math.Clamp(world.Atmosphere.Rain, 0f, 1f), lit.Night, world.Set.Interior);
        if (skyAmbientKey != key)
        {
            skyAmbient = SkyIrradiance.For(l, key.Item6, lit.Night, world.Set.Interior);
            skyAmbientKey = key;
        }
        program.Set("uRelief", ReliefUnit);
        program.Set("uOcclusion", OcclusionUnit);
        program.Set("uScreenTexel", new Vector2(1f / internalWidth, 1f / internalHeight));
        program.Set("uSkySH", skyAmbient);
        program.Set("uReliefTile", reliefTiles);
        program.Set("uReliefMean", reliefMeans);
    }

    void DeleteSurface()
    {
        gl.DeleteTextures([reliefTexture, occlusion]);
        gl.DeleteFramebuffers([occlusionFbo]);
        gl.DeleteSampler(reliefSampler);
        occlusionProgram.Dispose();
    }
}
