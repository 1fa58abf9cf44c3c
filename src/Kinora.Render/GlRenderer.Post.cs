using System.Numerics;
using Kinora.Direction;
using Kinora.World;
using Silk.NET.OpenGL;

namespace Kinora.Render;

/// <summary>
/// The post passes that run below the internal resolution, where llvmpipe charges a quarter or a sixteenth of a
/// full-screen pass: bloom (a quarter-resolution threshold and a separable blur) and depth of field (a
/// half-resolution gather). Each is a function of this frame alone: no history, so a frame is the same whether a
/// film is rendered in one go or in segments starting anywhere.
/// </summary>
public sealed partial class GlRenderer
{
    /// <summary>
    /// Radiance above this (after exposure; about 1 is a white card in the key light) blooms: lamps, the sun, hot
    /// speculars, not a sunlit wall (at 1.1 lit white walls hazed over the whole frame of an interior).
    /// </summary>
    const float BloomThreshold = 2.0f;
    const float BloomStrength = 0.12f;
    /// <summary>The widest blur the depth-of-field gather reaches, in half-resolution pixels.</summary>
    const float MaxBlurRadius = 12f;
    /// <summary>Depth of field is drawn when the far distance blurs by at least this many internal pixels.</summary>
    const float DepthOfFieldFrom = 1.0f;
    /// <summary>Camera motion blur is drawn when some point moves by at least this many internal pixels a frame.</summary>
    const float MotionBlurFrom = 0.75f;

    ShaderProgram bloomDownProgram = null!, blurProgram = null!, dofPrepProgram = null!, dofBlurProgram = null!, rainGlowProgram = null!;
    uint bloomA, bloomAFbo, bloomB, bloomBFbo, rainGlow, rainGlowFbo, dofPrep, dofPrepFbo, dofBlur, dofBlurFbo, nearestSampler;
    int quarterWidth, quarterHeight, halfWidth, halfHeight;

    void CreatePost()
    {
        bloomDownProgram = new ShaderProgram(gl, "fullscreen.vert", "bloom_down.frag");
        blurProgram = new ShaderProgram(gl, "fullscreen.vert", "blur.frag");
        dofPrepProgram = new ShaderProgram(gl, "fullscreen.vert", "dof_prep.frag");
        dofBlurProgram = new ShaderProgram(gl, "fullscreen.vert", "dof_blur.frag");
        rainGlowProgram = new ShaderProgram(gl, "fullscreen.vert", "rain_glow.frag");
        quarterWidth = Math.Max(1, internalWidth / 4);
        quarterHeight = Math.Max(1, internalHeight / 4);
        halfWidth = Math.Max(1, internalWidth / 2);
        halfHeight = Math.Max(1, internalHeight / 2);
        (bloomA, bloomAFbo) = CreateTarget(quarterWidth, quarterHeight, SizedInternalFormat.R11fG11fB10f, 0, out _);
        (bloomB, bloomBFbo) = CreateTarget(quarterWidth, quarterHeight, SizedInternalFormat.R11fG11fB10f, 0, out _);
        (rainGlow, rainGlowFbo) = CreateTarget(quarterWidth, quarterHeight, SizedInternalFormat.R11fG11fB10f, 0, out _);
        (dofPrep, dofPrepFbo) = CreateTarget(halfWidth, halfHeight, SizedInternalFormat.Rgba16f, 0, out _);
        (dofBlur, dofBlurFbo) = CreateTarget(halfWidth, halfHeight, SizedInternalFormat.Rgba16f, 0, out _);
        nearestSampler = gl.CreateSampler();
        gl.SamplerParameter(nearestSampler, SamplerParameterI.MinFilter, (int)GLEnum.Nearest);
        gl.SamplerParameter(nearestSampler, SamplerParameterI.MagFilter, (int)GLEnum.Nearest);
        gl.SamplerParameter(nearestSampler, SamplerParameterI.WrapS, (int)GLEnum.ClampToEdge);
        gl.SamplerParameter(nearestSampler, SamplerParameterI.WrapT, (int)GLEnum.ClampToEdge);
        // Outside a letterbox's picture the scene is never drawn: it stays black and far, so no blur reads garbage.
        gl.ClearNamedFramebuffer(sceneFbo, GLEnum.Color, 0, [0f, 0f, 0f, 0f]);
        gl.ClearNamedFramebuffer(sceneFbo, GLEnum.Depth, 0, [0f]);
        gl.ClearNamedFramebuffer(finishedFbo, GLEnum.Color, 0, [0f, 0f, 0f, 0f]);
    }

    /// <summary>The scene's bright parts, a quarter of the size, blurred: sampled by the finish pass.</summary>
    void DrawBloom()
    {
        BeginFullScreen(bloomAFbo, quarterWidth, quarterHeight, sceneColour, linearSampler, bloomDownProgram);
        bloomDownProgram.Set("uLdr", 0);
        bloomDownProgram.Set("uTexel", new Vector2(1f / internalWidth, 1f / internalHeight));
        bloomDownProgram.Set("uThreshold", BloomThreshold);
        gl.DrawArrays(PrimitiveType.Triangles, 0, 3);

        blurProgram.Use();
        blurProgram.Set("uSource", 0);
        // One round of taps spaced 1.8 texels apart: a halo about 40 internal pixels wide (a second, tighter round
        // looked the same and cost 6 ms a 1080p frame).
        foreach (float spread in new[] { 1.8f })
        {
            gl.BindFramebuffer(FramebufferTarget.Framebuffer, bloomBFbo);
            gl.BindTextureUnit(0, bloomA);
            blurProgram.Set("uStep", new Vector2(spread / quarterWidth, 0));
            gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
            gl.BindFramebuffer(FramebufferTarget.Framebuffer, bloomAFbo);
            gl.BindTextureUnit(0, bloomB);
            blurProgram.Set("uStep", new Vector2(0, spread / quarterHeight));
            gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
        }
    }

    /// <summary>
    /// Rain at night: the nearest lamps' light scattered by the wet air toward the eye (rain_glow.frag), a quarter
    /// of the size, for the finish pass to add and to light the streaks with.
    /// </summary>
    void DrawRainGlow(PointLight[] practicals, Matrix4x4 invViewProj, Vector3 eye, float exposure, float rain)
    {
        BeginFullScreen(rainGlowFbo, quarterWidth, quarterHeight, sceneDepth, nearestSampler, rainGlowProgram);
        rainGlowProgram.Set("uDepth", 0);
        rainGlowProgram.Set("uInvViewProj", invViewProj);
        rainGlowProgram.Set("uEye", eye);
        rainGlowProgram.Set("uExposure", exposure);
        rainGlowProgram.Set("uRain", rain);
        SetPracticals(rainGlowProgram, practicals);
        gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
    }

    /// <summary>The half-resolution out-of-focus layer: radiance and blur size, then the gather.</summary>
    void DrawDepthOfField(in CameraFrame camera)
    {
        BeginFullScreen(dofPrepFbo, halfWidth, halfHeight, sceneColour, linearSampler, dofPrepProgram);
        gl.BindTextureUnit(1, sceneDepth);
        gl.BindSampler(1, nearestSampler);
        dofPrepProgram.Set("uLdr", 0);
        dofPrepProgram.Set("uDepth", 1);
        SetLens(dofPrepProgram, camera);
        gl.DrawArrays(PrimitiveType.Triangles, 0, 3);

        gl.BindFramebuffer(FramebufferTarget.Framebuffer, dofBlurFbo);
        gl.BindTextureUnit(0, dofPrep);
        dofBlurProgram.Use();
        dofBlurProgram.Set("uPrep", 0);
        dofBlurProgram.Set("uTexel", new Vector2(1f / halfWidth, 1f / halfHeight));
        dofBlurProgram.Set("uMaxRadius", MaxBlurRadius);
        gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
        gl.BindSampler(1, 0);
    }

    /// <summary>Starts a full-screen pass: its target and size, its source on unit 0 with that sampler, its program.</summary>
    void BeginFullScreen(uint target, int width, int height, uint source, uint sampler, ShaderProgram program)
    {
        gl.Viewport(0, 0, (uint)width, (uint)height);
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, target);
        gl.BindTextureUnit(0, source);
        gl.BindSampler(0, sampler);
        program.Use();
    }

    void SetLens(ShaderProgram p, in CameraFrame camera)
    {
        p.Set("uNearFar", new Vector2(CameraMatrices.NearPlane, CameraMatrices.FarPlane));
        p.Set("uLens", new Vector2(Lens.FocusDistance(camera), Lens.BlurScale(camera, internalHeight)));
    }

    /// <summary>Whether this frame gets depth of field: the far distance blurs visibly.</summary>
    bool WantsDepthOfField(in CameraFrame camera) => Lens.BlurScale(camera, internalHeight) >= DepthOfFieldFrom;

    /// <summary>Whether this frame gets camera motion blur: something on screen moved since the previous frame.</summary>
    /// <summary>
    /// How many taps of the scene the motion blur takes along each pixel's motion this frame, or 0 for none: enough
    /// that they lie at most 1.5 pixels apart over the 180° shutter's smear (half the frame's motion, at most 3 % of
    /// the width, as finish.frag clamps it): two, four or six, each a variant of the finish program. A slow pan smears a few pixels, and six taps there cost a
    /// quarter of the finish pass for nothing the eye sees.
    /// </summary>
    int MotionBlurTaps(in CameraFrame camera, CameraFrame? previous) =>
        previous is { } p ? MotionBlurTaps(Lens.ScreenMotion(camera, p, internalWidth, internalHeight), internalWidth) : 0;

    /// <summary>The taps for a frame whose fastest point moves motion pixels of an image width pixels wide.</summary>
    internal static int MotionBlurTaps(float motion, int width)
    {
        if (!(motion >= MotionBlurFrom)) return 0;
        float smear = 0.5f * MathF.Min(motion, 0.06f * width);
        int taps = Math.Clamp((int)MathF.Ceiling(smear / 1.5f), 2, 6);
        return taps + taps % 2; // the variants have two, four or six
    }

    /// <summary>Maps this frame's clip space (x, y, reversed-Z depth) to the previous frame's, for motion blur.</summary>
    static Matrix4x4 Reprojection(in CameraFrame camera, in CameraFrame previous, float aspect)
    {
        Matrix4x4.Invert(CameraMatrices.For(camera, aspect).ViewProjection, out var inverse);
        return inverse * CameraMatrices.For(previous, aspect).ViewProjection;
    }

    /// <summary>The letterbox picture in internal pixels, a texel wider each way for the filters' reach.</summary>
    (int X, int Y, int Width, int Height) InternalPicture()
    {
        var (x, y, w, h) = options.PictureArea;
        float sx = (float)internalWidth / Width, sy = (float)internalHeight / Height;
        int x0 = Math.Max(0, (int)MathF.Floor(x * sx) - 2), x1 = Math.Min(internalWidth, (int)MathF.Ceiling((x + w) * sx) + 2);
        // PictureArea counts rows from the top; GL from the bottom.
        int top = Math.Max(0, (int)MathF.Floor(y * sy) - 2), bottom = Math.Min(internalHeight, (int)MathF.Ceiling((y + h) * sy) + 2);
        return (x0, internalHeight - bottom, x1 - x0, bottom - top);
    }

    void DeletePost()
    {
        gl.DeleteTextures([bloomA, bloomB, rainGlow, dofPrep, dofBlur]);
        gl.DeleteFramebuffers([bloomAFbo, bloomBFbo, rainGlowFbo, dofPrepFbo, dofBlurFbo]);
        gl.DeleteSampler(nearestSampler);
        foreach (var p in new[] { bloomDownProgram, blurProgram, dofPrepProgram, dofBlurProgram, rainGlowProgram }) p.Dispose();
    }
}
