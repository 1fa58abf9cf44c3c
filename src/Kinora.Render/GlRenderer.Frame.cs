using System.Numerics;
using Kinora.Direction;
using Kinora.World;
using Silk.NET.OpenGL;

namespace Kinora.Render;

public sealed partial class GlRenderer
{
    /// <summary>
    /// Renders one frame. Everything that reaches the pixels comes from the arguments and the options (grain is
    /// keyed by world.Time, not by how many frames came before), so a frame rendered alone or mid-film is the same.
    /// </summary>
    public void Submit(WorldFrame world, CameraFrame camera)
    {
        Guard();
        ArgumentNullException.ThrowIfNull(world);
        var set = SetFor(world.Set);
        UploadDynamic(world);
        var light = world.Light;
        float aspect = (float)Width / Height;
        var cam = CameraMatrices.For(camera, aspect);
        Vector3 towardSun = light.SunDirection.LengthSquared() > 1e-8f ? Vector3.Normalize(light.SunDirection) : Vector3.UnitY;
        bool sunCasts = towardSun.Y > 0.02f && MathF.Max(light.SunColour.X, MathF.Max(light.SunColour.Y, light.SunColour.Z)) > 1e-4f;
        float night = SmoothStep(-0.03f, -0.17f, (float)light.SunElevation);
        float time = (float)(world.Time % 3600.0);

        // Shadow map.
        var (lightViewProj, texel) = ShadowFit.Fit(camera, aspect, towardSun, ShadowMapSize);
        gl.BindVertexArray(meshVao);
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, shadowFbo);
        gl.Viewport(0, 0, ShadowMapSize, ShadowMapSize);
        gl.Enable(EnableCap.DepthTest);
        gl.DepthMask(true);
        gl.DepthFunc(DepthFunction.Less);
        gl.ClearDepth(1.0);
        gl.Clear(ClearBufferMask.DepthBufferBit);
        if (sunCasts)
        {
            // Slope-scaled offset handles grazing angles; the normal offset in the lookup handles the rest.
            gl.Enable(EnableCap.PolygonOffsetFill);
            gl.PolygonOffset(1.6f, 2f);
            shadowProgram.Use();
            shadowProgram.Set("uLightViewProj", lightViewProj);
            DrawAll(set, cull: false);
            gl.Disable(EnableCap.PolygonOffsetFill);
        }

        // Scene into HDR.
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, hdrFbo);
        gl.Viewport(0, 0, (uint)internalWidth, (uint)internalHeight);
        gl.ClearDepth(0.0);
        gl.Clear(ClearBufferMask.DepthBufferBit);
        gl.DepthFunc(DepthFunction.Greater);
        gl.BindTextureUnit(0, shadowMap);
        gl.BindSampler(0, shadowSampler);
        sceneProgram.Use();
        SetLighting(sceneProgram, world, cam, towardSun, night, time);
        sceneProgram.Set("uViewProj", cam.ViewProjection);
        sceneProgram.Set("uLightViewProj", lightViewProj);
        sceneProgram.Set("uShadowOn", sunCasts ? 1 : 0);
        sceneProgram.Set("uShadowTexel", texel);
        sceneProgram.Set("uShadowMap", 0);
        SetPracticals(light, camera.Position);
        DrawAll(set, cull: true);

        // Sky behind everything: only where the depth is still the cleared far value.
        gl.BindSampler(0, 0);
        gl.DepthFunc(DepthFunction.Gequal);
        gl.DepthMask(false);
        gl.BindVertexArray(emptyVao);
        skyProgram.Use();
        SetLighting(skyProgram, world, cam, towardSun, night, time);
        Matrix4x4.Invert(cam.ViewProjection, out var invViewProj);
        skyProgram.Set("uInvViewProj", invViewProj);
        gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
        gl.Disable(EnableCap.DepthTest);
        gl.DepthMask(true);

        // Develop: weather in screen space, exposure, ACES, the look.
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, ldrAFbo);
        gl.BindTextureUnit(0, hdrColour);
        gl.BindSampler(0, linearSampler);
        developProgram.Use();
        developProgram.Set("uHdr", 0);
        developProgram.Set("uExposure", float.IsFinite(light.Exposure) && light.Exposure > 0 ? light.Exposure : 1f);
        developProgram.Set("uTime", time);
        developProgram.Set("uAspect", (float)internalWidth / internalHeight);
        developProgram.Set("uRain", Math.Clamp(world.Atmosphere.Rain, 0, 1));
        developProgram.Set("uSnow", Math.Clamp(world.Atmosphere.Snow, 0, 1));
        developProgram.Set("uWind", Math.Clamp(world.Atmosphere.Wind, -30, 30));
        developProgram.Set("uWeatherColour", (light.SkyHorizon + world.Atmosphere.FogColour) * 0.5f + light.Ambient);
        developProgram.Set("uSaturation", grade.Saturation);
        developProgram.Set("uContrast", grade.Contrast);
        developProgram.Set("uLift", grade.Lift);
        developProgram.Set("uGain", grade.Gain);
        developProgram.Set("uShadowTint", grade.ShadowTint);
        developProgram.Set("uHighlightTint", grade.HighlightTint);
        developProgram.Set("uMonochrome", grade.Monochrome);
        gl.DrawArrays(PrimitiveType.Triangles, 0, 3);

        // Anti-aliasing at the internal resolution, before any upscale spreads the stairs.
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, ldrBFbo);
        gl.BindTextureUnit(0, ldrA);
        fxaaProgram.Use();
        fxaaProgram.Set("uLdr", 0);
        fxaaProgram.Set("uTexel", new Vector2(1f / internalWidth, 1f / internalHeight));
        gl.DrawArrays(PrimitiveType.Triangles, 0, 3);

        // Output: upscale, vignette, grain, BT.709 limited-range I420 in one R8 target.
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, yuvFbo);
        gl.Viewport(0, 0, (uint)Width, (uint)(Height * 3 / 2));
        gl.BindTextureUnit(0, ldrB);
        outputProgram.Use();
        outputProgram.Set("uLdr", 0);
        outputProgram.Set("uOutSize", new Vector2(Width, Height));
        outputProgram.Set("uInSize", new Vector2(internalWidth, internalHeight));
        outputProgram.Set("uUpscale", internalWidth != Width || internalHeight != Height ? 1 : 0);
        outputProgram.Set("uGrain", (float)options.Grain);
        outputProgram.Set("uGrainKey", GrainKey(world.Time));
        gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
        gl.BindSampler(0, 0);

        gl.BindFramebuffer(FramebufferTarget.ReadFramebuffer, yuvFbo);
        readback.Capture(Width, Height * 3 / 2, sink);
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, 0);
        CheckError("frame");
        FramesSubmitted++;
    }

    void DrawAll(StaticSet set, bool cull)
    {
        if (set.Count > 0) DrawInstances(set.Buffer, set.Groups, cull);
        if (packer.Count > 0) DrawInstances(dynamicBuffer, packer.Groups, cull);
    }

    void SetLighting(ShaderProgram p, WorldFrame world, CameraMatrices cam, Vector3 towardSun, float night, float time)
    {
        var light = world.Light;
        var atmosphere = world.Atmosphere;
        Matrix4x4.Invert(cam.View, out var cameraWorld);
        p.Set("uCameraPos", cameraWorld.Translation);
        p.Set("uSunDir", towardSun);
        p.Set("uSunColour", light.SunColour);
        p.Set("uSkyZenith", light.SkyZenith);
        p.Set("uSkyHorizon", light.SkyHorizon);
        p.Set("uAmbient", light.Ambient);
        p.Set("uNight", night);
        p.Set("uTime", time);
        p.Set("uInterior", world.Set.Interior ? 1f : 0f);
        p.Set("uFogColour", atmosphere.FogColour);
        p.Set("uFogDensity", Math.Max(0f, atmosphere.FogDensity));
        p.Set("uRain", Math.Clamp(atmosphere.Rain, 0f, 1f));
        p.Set("uWind", atmosphere.Wind);
    }

    /// <summary>Up to eight practicals, nearest the camera first (ties broken by their order in the list).</summary>
    void SetPracticals(Lighting light, Vector3 cameraPosition)
    {
        var chosen = light.Practicals.IsDefaultOrEmpty
            ? []
            : light.Practicals.Select((l, i) => (l, i, d: Vector3.DistanceSquared(l.Position, cameraPosition) - l.Range * l.Range))
                .OrderBy(x => x.d).ThenBy(x => x.i).Take(MaxPracticals).Select(x => x.l).ToArray();
        Span<Vector4> positions = stackalloc Vector4[MaxPracticals];
        Span<Vector4> colours = stackalloc Vector4[MaxPracticals];
        for (int i = 0; i < chosen.Length; i++)
        {
            positions[i] = new Vector4(chosen[i].Position, Math.Max(0.1f, chosen[i].Range));
            colours[i] = new Vector4(chosen[i].Colour, 0);
        }
        sceneProgram.Set("uPointCount", chosen.Length);
        sceneProgram.Set("uPointPos", positions);
        sceneProgram.Set("uPointColour", colours);
    }

    /// <summary>Grain is drawn from (seed, film time): the same frame gets the same grain however it was reached.</summary>
    uint GrainKey(double time)
    {
        ulong tick = (ulong)(long)Math.Round(time * 240.0); // 240 = common multiple of 24, 30, 48, 60 fps
        ulong h = (tick * 0x9E3779B97F4A7C15UL) ^ seedHash;
        return (uint)(h ^ (h >> 29));
    }

    static float SmoothStep(float edge0, float edge1, float x)
    {
        float t = Math.Clamp((x - edge0) / (edge1 - edge0), 0f, 1f);
        return t * t * (3 - 2 * t);
    }
}
