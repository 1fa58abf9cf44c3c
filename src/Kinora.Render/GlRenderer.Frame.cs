using System.Numerics;
using Kinora.Direction;
using Kinora.World;
using Silk.NET.OpenGL;

namespace Kinora.Render;

public sealed partial class GlRenderer
{
    /// <summary>Renders one frame with no camera motion blur.</summary>
    public void Submit(WorldFrame world, CameraFrame camera) => Submit(world, camera, null);

    /// <summary>
    /// Renders one frame. Everything that reaches the pixels comes from the arguments and the options (grain is
    /// keyed by world.Time, not by how many frames came before; motion blur by the previous camera given here, not
    /// by the frame submitted before), so a frame rendered alone or mid-film is the same.
    /// </summary>
    public void Submit(WorldFrame world, CameraFrame camera, CameraFrame? previous)
    {
        ArgumentNullException.ThrowIfNull(world);
        camera = options.OpenGate(camera);
        if (previous is { } before) previous = options.OpenGate(before);
        using var scope = Enter();
        Profile?.Start();
        var set = SetFor(world.Set);
        UploadDynamic(world);
        UploadFigures(world);
        var light = world.Light;
        float aspect = (float)Width / Height;
        var cam = CameraMatrices.For(camera, aspect);
        Vector3 towardSun = light.SunDirection.LengthSquared() > 1e-8f ? Vector3.Normalize(light.SunDirection) : Vector3.UnitY;
        bool sunCasts = towardSun.Y > 0.02f && MathF.Max(light.SunColour.X, MathF.Max(light.SunColour.Y, light.SunColour.Z)) > 1e-4f;
        float night = SmoothStep(-0.03f, -0.17f, (float)light.SunElevation);
        float time = (float)(world.Time % 3600.0);

        var cascades = ShadowFit.Fit(camera, aspect, ShadowFit.Steady(towardSun));
        var offsets = BuildDrawLists(set, cam, camera, cascades, sunCasts);

        Mark("prepare");
        gl.BindVertexArray(meshVao);
        gl.Enable(EnableCap.DepthTest);
        gl.DepthMask(true);
        if (sunCasts) DrawShadowMaps(world, set, cascades, offsets); // otherwise the scene variant without SUN_SHADOW never reads the map

        Mark("shadow");
        // The scene: lit in HDR, written as encoded radiance; only inside a letterbox's picture.
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, sceneFbo);
        gl.Viewport(0, 0, (uint)internalWidth, (uint)internalHeight);
        var picture = InternalPicture();
        bool letterboxed = picture != (0, 0, internalWidth, internalHeight);
        if (letterboxed)
        {
            gl.Enable(EnableCap.ScissorTest);
            gl.Scissor(picture.X, picture.Y, (uint)picture.Width, (uint)picture.Height);
        }
        gl.ClearDepth(0.0);
        gl.Clear(ClearBufferMask.DepthBufferBit);
        gl.DepthFunc(DepthFunction.Greater);
        if (DepthPrepass)
        {
            // Depth first, colour after: each pixel is shaded once, for the surface that is finally seen (llvmpipe
            // shades every fragment that passes the depth test, and these sets are cheap in triangles but not
            // in pixels).
            gl.ColorMask(false, false, false, false);
            // Glass leaves no depth: what stands behind a pane is shaded, and the pane is laid over it after the sky.
            DrawDepth(dynamicBuffer, dynamicView, offsets.DynamicView, cull: true, cam.ViewProjection, glass: false);
            DrawDepth(set.Buffer, staticView, offsets.StaticView, cull: true, cam.ViewProjection, glass: false);
            DrawDepth(set.WaterBuffer, waterView, offsets.WaterView, cull: true, cam.ViewProjection, glass: false);
            DrawFigureDepth(world, cam.ViewProjection, camera);
            gl.ColorMask(true, true, true, true);
            gl.DepthFunc(DepthFunction.Gequal);
            gl.DepthMask(false);
            Mark("depth");
        }
        if (Occlusion) DrawOcclusion(camera, letterboxed);
        Mark("occlusion");
        gl.BindTextureUnit(0, shadowMap);
        gl.BindSampler(0, shadowSampler);
        var practicals = ChoosePracticals(light, camera.Position, cam.ViewProjection);
        var lamps = WithCrewLights(camera.Lights, practicals);
        string[] sceneFeatures = [.. Features((sunCasts, "SUN_SHADOW"), (lamps.Length > 0, "POINT_LIGHTS"), (HasBeams(light), "BEAM"), (Occlusion, "AMBIENT_OCCLUSION"))];
        var lit = new LitPass(world, cam, towardSun, night, time, cascades, lamps);
        DrawReflection(set, lit, camera, letterboxed);
        Mark("reflection");
        BindSurface();
        // Near things first (people, then the set; ground planes last) so early depth rejection saves shading; each
        // surface class with the program that has only its own code.
        DrawFigures(lit, sceneFeatures, camera);
        for (var surface = SurfaceClass.Plain; surface < SurfaceClass.Glass; surface++)
        {
            if (!dynamicView.Has(surface) && !staticView.Has(surface)) continue;
            UseLit(sceneVariants.Get([.. sceneFeatures, .. SurfaceClasses.Defines(surface)]), lit);
            Draw(dynamicBuffer, dynamicView, offsets.DynamicView, cull: true, surface);
            Draw(set.Buffer, staticView, offsets.StaticView, cull: true, surface);
        }
        DrawWater(set, lit, sceneFeatures, offsets.WaterView);
        gl.DepthMask(true);

        UnbindSurface();
        Mark("scene");
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
        DrawGlass(set, lit, sceneFeatures, offsets);
        gl.Disable(EnableCap.DepthTest);
        gl.DepthMask(true);

        Mark("sky");
        gl.Disable(EnableCap.ScissorTest);
        DrawBloom();
        Mark("bloom");
        bool depthOfField = WantsDepthOfField(camera);
        if (depthOfField) DrawDepthOfField(camera);
        Mark("dof");
        int blurTaps = MotionBlurTaps(camera, previous);
        bool motionBlur = blurTaps > 0;
        bool rainGlows = world.Atmosphere.Rain > 0 && practicals.Length > 0;
        if (rainGlows) DrawRainGlow(practicals, invViewProj, camera.Position, Exposure(light), Math.Clamp(world.Atmosphere.Rain, 0f, 1f));

        // Finish at the internal resolution: anti-aliasing before any upscale spreads the stairs, then the blurs,
        // bloom, tone mapping, weather and look.
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, finishedFbo);
        gl.Viewport(0, 0, (uint)internalWidth, (uint)internalHeight);
        if (letterboxed)
        {
            gl.Enable(EnableCap.ScissorTest);
            gl.Scissor(picture.X, picture.Y, (uint)picture.Width, (uint)picture.Height);
        }
        gl.BindTextureUnit(0, sceneColour);
        gl.BindSampler(0, linearSampler);
        gl.BindTextureUnit(1, bloomA);
        gl.BindSampler(1, linearSampler);
        gl.BindTextureUnit(2, sceneDepth);
        gl.BindSampler(2, nearestSampler);
        gl.BindTextureUnit(3, dofBlur);
        gl.BindSampler(3, linearSampler);
        gl.BindTextureUnit(4, rainGlow);
        gl.BindSampler(4, linearSampler);
        var atmosphere = world.Atmosphere;
        var finishProgram = finishVariants.Get([.. Features((atmosphere.Rain > 0, "RAIN"), (atmosphere.Snow > 0, "SNOW"),
            (depthOfField, "DOF"), (motionBlur, "MOTION_BLUR"), (motionBlur, $"BLUR_TAPS_{blurTaps}"), (HasBeams(light), "BEAM"), (rainGlows, "RAIN_GLOW"))]);
        finishProgram.Use();
        finishProgram.Set("uLdr", 0);
        finishProgram.Set("uBloom", 1);
        finishProgram.Set("uDepth", 2);
        finishProgram.Set("uDof", 3);
        finishProgram.Set("uBloomStrength", BloomStrength);
        if (depthOfField) SetLens(finishProgram, camera);
        if (motionBlur) finishProgram.Set("uReproject", Reprojection(camera, previous!.Value, aspect));
        finishProgram.Set("uTexel", new Vector2(1f / internalWidth, 1f / internalHeight));
        finishProgram.Set("uSharpen", internalWidth < Width ? 0.45f : 0.15f);
        finishProgram.Set("uTime", time);
        finishProgram.Set("uAspect", (float)internalWidth / internalHeight);
        finishProgram.Set("uRain", Math.Clamp(world.Atmosphere.Rain, 0, 1));
        finishProgram.Set("uSnow", Math.Clamp(world.Atmosphere.Snow, 0, 1));
        finishProgram.Set("uWind", Math.Clamp(world.Atmosphere.Wind, -30, 30));
        finishProgram.Set("uWeatherColour", WeatherColour(world, Exposure(light)));
        finishProgram.Set("uSaturation", grade.Saturation);
        finishProgram.Set("uContrast", grade.Contrast);
        finishProgram.Set("uLift", grade.Lift);
        finishProgram.Set("uGain", grade.Gain);
        finishProgram.Set("uShadowTint", grade.ShadowTint);
        finishProgram.Set("uHighlightTint", grade.HighlightTint);
        finishProgram.Set("uMonochrome", grade.Monochrome);
        finishProgram.Set("uVignette", 0.28f);
        finishProgram.Set("uNight", night);
        if (rainGlows) finishProgram.Set("uAirGlow", 4);
        if (HasBeams(light))
        {
            SetBeams(finishProgram, light);
            finishProgram.Set("uInvViewProj", invViewProj);
            finishProgram.Set("uEye", camera.Position);
            finishProgram.Set("uExposure", Exposure(light));
            finishProgram.Set("uFogDensity", Math.Max(0f, atmosphere.FogDensity));
        }
        gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
        gl.Disable(EnableCap.ScissorTest);
        for (uint unit = 1; unit <= 4; unit++) gl.BindSampler(unit, 0);

        Mark("finish");
        // Output: upscale, vignette, grain, BT.709 limited-range I420.
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, yuvFbo);
        gl.Viewport(0, 0, (uint)yuvTexelsPerRow, (uint)yuvRows);
        gl.BindTextureUnit(0, finished);
        outputProgram.Use();
        outputProgram.Set("uLdr", 0);
        outputProgram.Set("uGrain", (float)options.Grain);
        outputProgram.Set("uGrainKey", GrainKey(world.Time));
        var area = options.DeliveredPictureArea;
        outputProgram.Set("uPicture", area.X, area.Y, area.X + area.Width, area.Y + area.Height);
        if (frames.FullChroma) outputProgram.Set("uSize", frames.Width, frames.Height);
        else
        {
            outputProgram.Set("uOutSize", new Vector2(Width, Height));
            // V starts H/4 chroma rows in, plus half a row when H/2 is odd.
            outputProgram.Set("uVPlaneStart", Height / 4, Height % 4 == 2 ? Width / 2 : 0);
            outputProgram.Set("uBytesPerTexel", yuvBytesPerTexel);
        }
        gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
        gl.BindSampler(0, 0);

        Mark("output");
        gl.BindFramebuffer(FramebufferTarget.ReadFramebuffer, yuvFbo);
        readback.Capture(yuvTexelsPerRow, yuvRows, yuvBytesPerTexel == 4, sink);
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, 0);
        Mark("readback");
        CheckError("frame");
        FramesSubmitted++;
    }

    void Mark(string pass)
    {
        if (Profile is null) return;
        gl.Finish();
        Profile.Mark(pass);
    }

    /// <summary>Where each pass's instance indices start in the frame's index stream.</summary>
    /// <summary>A pane's share of what is seen through it: the rest is what stands behind (as the shadows' dither leaves it).</summary>
    const float GlassCover = 0.25f;

    /// <summary>
    /// Panes (windscreens, windows) over everything else, sky included: lit as any surface, then blended at
    /// <see cref="GlassCover"/> over what the pre-pass let through, with no depth of their own. Blending the encoded
    /// radiance and its luma with one constant weight keeps the luma channel that of the blended colour. Before, a pane
    /// was a fixed ordered dither of holes, which read as a perforated sheet once the frame was upscaled.
    /// </summary>
    void DrawGlass(StaticSet set, in LitPass lit, string[] sceneFeatures, DrawOffsets offsets)
    {
        if (!dynamicView.Has(SurfaceClass.Glass) && !staticView.Has(SurfaceClass.Glass)) return;
        gl.BindVertexArray(meshVao);
        BindSurface();
        gl.BindTextureUnit(0, shadowMap);
        gl.BindSampler(0, shadowSampler);
        gl.DepthFunc(DepthPrepass ? DepthFunction.Gequal : DepthFunction.Greater);
        gl.DepthMask(false);
        gl.Enable(EnableCap.Blend);
        gl.BlendColor(0, 0, 0, GlassCover);
        gl.BlendFunc(BlendingFactor.ConstantAlpha, BlendingFactor.OneMinusConstantAlpha);
        UseLit(sceneVariants.Get([.. sceneFeatures, .. SurfaceClasses.Defines(SurfaceClass.Glass)]), lit);
        Draw(dynamicBuffer, dynamicView, offsets.DynamicView, cull: true, SurfaceClass.Glass);
        Draw(set.Buffer, staticView, offsets.StaticView, cull: true, SurfaceClass.Glass);
        gl.Disable(EnableCap.Blend);
        UnbindSurface();
        gl.BindSampler(0, 0);
        gl.BindVertexArray(emptyVao);
    }

    readonly record struct DrawOffsets(int StaticView, int DynamicView, int WaterView, int[] StaticShadow, int[] DynamicShadow);

    /// <summary>Culls and picks levels of detail for the view and each shadow cascade, and uploads the index streams.</summary>
    DrawOffsets BuildDrawLists(StaticSet set, CameraMatrices cam, CameraFrame camera, ShadowCascade[] cascades, bool sunCasts)
    {
        Span<Vector4> planes = stackalloc Vector4[6];
        float pixelsPerRadian = internalHeight / (2 * MathF.Tan(Math.Clamp(camera.VerticalFov, 0.01f, 3f) * 0.5f));
        DrawList.PlanesOf(cam.ViewProjection, planes);
        staticView.Build(set.Records, planes, camera.Position, pixelsPerRadian, 0);
        dynamicView.Build(dynamicRecords, planes, camera.Position, pixelsPerRadian, 0);
        waterView.Build(set.Water, planes, camera.Position, pixelsPerRadian, 0);
        for (int i = 0; i < staticShadow.Length; i++)
        {
            if (sunCasts)
            {
                DrawList.PlanesOf(cascades[i].ViewProjection, planes);
                // Shadows are soft and small on screen: one level coarser is enough.
                staticShadow[i].Build(set.Records, planes, camera.Position, pixelsPerRadian, 1);
                dynamicShadow[i].Build(dynamicRecords, planes, camera.Position, pixelsPerRadian, 1);
            }
            else
            {
                staticShadow[i].Clear();
                dynamicShadow[i].Clear();
            }
        }
        int total = staticView.Total + dynamicView.Total + waterView.Total + staticShadow.Sum(l => l.Total) + dynamicShadow.Sum(l => l.Total);
        if (instanceIndices.Length < total) instanceIndices = new uint[Math.Max(total, instanceIndices.Length * 2)];
        int at = 0;
        int Append(DrawList list)
        {
            int start = at;
            list.Indices.CopyTo(instanceIndices.AsSpan(at));
            at += list.Total;
            return start;
        }
        var offsets = new DrawOffsets(Append(staticView), Append(dynamicView), Append(waterView),
            [.. staticShadow.Select(Append)], [.. dynamicShadow.Select(Append)]);
        Upload(instanceIndexBuffer, ref instanceIndexCapacity, MemoryMarshalBytes(instanceIndices.AsSpan(0, total)));
        return offsets;
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
        p.Set("uExposure", Exposure(light));
        p.Set("uTime", time);
        p.Set("uInterior", world.Set.Interior ? 1f : 0f);
        p.Set("uFogColour", atmosphere.FogColour);
        p.Set("uFogDensity", Math.Max(0f, atmosphere.FogDensity));
        p.Set("uFogAtEye", MathF.Exp(-0.08f * MathF.Max(cameraWorld.Translation.Y, -50f))); // falloff as in common.glsl
        p.Set("uRain", Math.Clamp(atmosphere.Rain, 0f, 1f));
        p.Set("uWind", atmosphere.Wind);
    }

    static IEnumerable<string> Features(params (bool On, string Name)[] features) => features.Where(f => f.On).Select(f => f.Name);

    /// <summary>
    /// Up to eight practicals, nearest the camera first (ties broken by their order in the list), leaving out those
    /// that can light nothing in view: every pixel pays for every light in the list (llvmpipe runs a loop's body
    /// whatever its lanes decide), so a lamp behind the camera whose reach stays out of frame costs as much as one in
    /// the middle of it. A lamp is kept when its sphere of reach meets the view, or when that sphere mirrored in the
    /// ground does (its image in a puddle or the harbour).
    /// </summary>
    internal static PointLight[] ChoosePracticals(Lighting light, Vector3 cameraPosition, Matrix4x4 viewProjection)
    {
        if (light.Practicals.IsDefaultOrEmpty) return [];
        Span<Vector4> planes = stackalloc Vector4[6];
        DrawList.PlanesOf(viewProjection, planes);
        var seen = new List<(PointLight Light, int Order, float Distance)>();
        for (int i = 0; i < light.Practicals.Length; i++)
        {
            var l = light.Practicals[i];
            if (l.Range <= 0 || l.Colour == Vector3.Zero) continue;
            if (!DrawList.Meets(planes, l.Position, l.Range) && !DrawList.Meets(planes, l.Position with { Y = -l.Position.Y }, l.Range)) continue;
            seen.Add((l, i, Vector3.Distance(l.Position, cameraPosition) - l.Range));
        }
        return [.. seen.OrderBy(x => x.Distance).ThenBy(x => x.Order).Take(MaxPracticals).Select(x => x.Light)];
    }

    static void SetPracticals(ShaderProgram program, PointLight[] chosen) => SetPracticals(program, FrameLamps.Practicals(chosen));

    /// <summary>The lamps' uniforms; a crew key's flag height rides in its colour's fourth component.</summary>
    static void SetPracticals(ShaderProgram program, FrameLamps lamps)
    {
        var chosen = lamps.Lights;
        Span<Vector4> positions = stackalloc Vector4[MaxPracticals];
        Span<Vector4> colours = stackalloc Vector4[MaxPracticals];
        for (int i = 0; i < chosen.Length; i++)
        {
            positions[i] = new Vector4(chosen[i].Position, Math.Max(0.1f, chosen[i].Range));
            colours[i] = new Vector4(chosen[i].Colour, lamps.Cutters[i]);
        }
        program.Set("uPointCount", chosen.Length);
        program.Set("uHighlighted", lamps.Highlighted);
        program.Set("uCrewEnd", lamps.CrewEnd);
        program.Set("uPointPos", positions);
        program.Set("uPointColour", colours);
    }

    static float Exposure(Lighting light) => light.UsableExposure;

    /// <summary>Rain and snow catch the ambient and sky light: their display colour, roughly tone-mapped.</summary>
    static Vector3 WeatherColour(WorldFrame world, float exposure)
    {
        var hdr = ((world.Light.SkyHorizon + world.Atmosphere.FogColour) * 0.5f + world.Light.Ambient) * exposure * 1.6f + new Vector3(0.02f);
        static float Display(float x) => MathF.Pow(Math.Clamp(x / (1 + x), 0, 1), 1 / 2.2f);
        return new(Display(hdr.X), Display(hdr.Y), Display(hdr.Z));
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
