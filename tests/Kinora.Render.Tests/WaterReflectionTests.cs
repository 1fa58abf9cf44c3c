using System.Collections.Immutable;
using System.Numerics;
using Kinora.Direction;
using Kinora.World;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>
/// Measured on rendered frames: open water mirrors what stands over it (a lit sign out on the water shows as a bright
/// patch where its mirror image falls on screen, dimmer than the sign by the water's Fresnel), leaves the water
/// elsewhere as it was, and a frame with no water in view, or nothing over the water, is the same to the last bit with
/// or without reflections.
/// </summary>
public sealed class WaterReflectionTests(ITestOutputHelper output)
{
    const int W = 320, H = 180;

    /// <summary>A lit sign 1.2 m wide and 2 m tall, standing 0.2 m clear of open water, 12 m out.</summary>
    static readonly Vector3 SignCentre = new(0, 1.2f, -12), SignSize = new(1.2f, 2f, 0.3f);

    static readonly CameraFrame Camera = new(new Vector3(0, 1.6f, 0), Vector3.Normalize(new Vector3(0, -0.12f, -1)), Vector3.UnitY,
        CameraFrame.FovForFocalLength(35), 12f, 5.6f);

    static SetGeometry SeaWithSign { get; } = new("test-sea-sign",
    [
        new(Primitive.Plane, Matrix4x4.CreateScale(600, 1, 600) * Matrix4x4.CreateTranslation(0, 0, -100),
            new Material(new(0.007f, 0.045f, 0.08f), 0.08f, 0, Vector3.Zero, 4)),
        new(Primitive.Box, Matrix4x4.CreateScale(SignSize) * Matrix4x4.CreateTranslation(SignCentre),
            new Material(new(0.8f, 0.8f, 0.8f), 0.6f, 0, new(0.6f, 0.52f, 0.4f))),
    ], new Aabb(new(-5, 0, -5), new(5, 0, 5)), [], [], false, 0);

    /// <summary>The harbour's night (no lamps, no beams) over the sea with the sign.</summary>
    static WorldFrame Night()
    {
        var night = TestScenes.HarbourNight(2.0);
        return night with { Set = SeaWithSign, Dynamic = [], Light = night.Light with { Practicals = [], Beams = [] } };
    }

    /// <summary>Where a box (centre, size) lands on the output image: (x0, y0, x1, y1) in pixels, rows top down.</summary>
    static (double X0, double Y0, double X1, double Y1) OnScreen(Vector3 centre, Vector3 size)
    {
        var cam = CameraMatrices.For(Camera, (float)W / H);
        double x0 = double.MaxValue, y0 = double.MaxValue, x1 = double.MinValue, y1 = double.MinValue;
        for (int i = 0; i < 8; i++)
        {
            var corner = centre + size * 0.5f * new Vector3((i & 1) == 0 ? -1 : 1, (i & 2) == 0 ? -1 : 1, (i & 4) == 0 ? -1 : 1);
            var clip = Vector4.Transform(new Vector4(corner, 1), cam.ViewProjection);
            double x = (clip.X / clip.W + 1) / 2 * W, y = (1 - clip.Y / clip.W) / 2 * H;
            (x0, y0, x1, y1) = (Math.Min(x0, x), Math.Min(y0, y), Math.Max(x1, x), Math.Max(y1, y));
        }
        return (x0, y0, x1, y1);
    }

    static double MeanLuma(RgbImage image, double x0, double y0, double x1, double y1) =>
        RgbImage.Luma(image.Mean((int)Math.Ceiling(x0), (int)Math.Ceiling(y0), (int)Math.Floor(x1), (int)Math.Floor(y1)));

    static RgbImage Render(WorldFrame world, CameraFrame camera, bool reflections, bool depthPrepass = true) =>
        Render(world, camera, reflections, depthPrepass, out _);

    static RgbImage Render(WorldFrame world, CameraFrame camera, bool reflections, bool depthPrepass, out WaterMirror? mirror)
    {
        using var capture = new FrameCapture(W, H);
        var renderer = (GlRenderer)capture.Renderer;
        renderer.Reflections = reflections;
        renderer.DepthPrepass = depthPrepass;
        var image = capture.RenderRgb(world, camera);
        mirror = renderer.LastMirror;
        return image;
    }

    [Fact]
    public void A_lit_sign_over_the_water_shows_mirrored_below_the_waterline_dimmer_by_Fresnel()
    {
        var world = Night();
        var on = Render(world, Camera, reflections: true, depthPrepass: true, out var mirror);
        var off = Render(world, Camera, reflections: false);
        Assert.Equal(0f, mirror?.Height);

        var sign = OnScreen(SignCentre, SignSize);
        // The sign's mirror image about the water (y = 0): where a still mirror would show it.
        var image = OnScreen(SignCentre with { Y = -SignCentre.Y }, SignSize);
        double wide = image.X1 - image.X0, tall = image.Y1 - image.Y0;
        double signLuma = MeanLuma(on, sign.X0 + 2, sign.Y0 + 2, sign.X1 - 2, sign.Y1 - 2);
        // The middle of the mirror image (waves bend its edges).
        double mirrored = MeanLuma(on, image.X0 + wide * 0.25, image.Y0 + tall * 0.2, image.X1 - wide * 0.25, image.Y1 - tall * 0.2);
        double without = MeanLuma(off, image.X0 + wide * 0.25, image.Y0 + tall * 0.2, image.X1 - wide * 0.25, image.Y1 - tall * 0.2);

        // Down the sign's columns, below the horizon: where the reflection adds light, weighted by how much.
        double weight = 0, row = 0;
        int horizon = (int)Math.Ceiling(sign.Y1);
        for (int y = horizon; y < H; y++)
            for (int x = (int)Math.Ceiling(image.X0 + wide * 0.25); x < (int)(image.X1 - wide * 0.25); x++)
            {
                double added = Math.Max(0, Luma(on, x, y) - Luma(off, x, y));
                weight += added;
                row += added * y;
            }
        double centreRow = row / weight, expectedRow = (image.Y0 + image.Y1) / 2;
        // Open water well to the side of the sign: no different.
        double aside = MeanAbsoluteLumaDifference(on, off, 0, horizon, (int)(image.X0 - wide), H)
            + MeanAbsoluteLumaDifference(on, off, (int)(image.X1 + wide), horizon, W, H);
        output.WriteLine($"sign rows {sign.Y0:F1}..{sign.Y1:F1} luma {signLuma:F1}; mirror image rows {image.Y0:F1}..{image.Y1:F1}: " +
            $"luma {mirrored:F1} with the reflection, {without:F1} without; the added light centres on row {centreRow:F1} " +
            $"(expected {expectedRow:F1}); water aside differs by {aside:F2}");

        Assert.True(mirrored > without + 25, $"the sign's reflection should light the water below it: {mirrored:F1} against {without:F1}");
        Assert.True(mirrored < signLuma - 20, $"the reflection ({mirrored:F1}) should be dimmer than the sign ({signLuma:F1})");
        Assert.True(Math.Abs(centreRow - expectedRow) < tall * 0.2,
            $"the reflection should centre on row {expectedRow:F1} (the mirror image's middle), not {centreRow:F1}");
        Assert.True(aside < 0.5, $"water away from the sign changed by {aside:F2} luma");
    }

    [Fact]
    public void Without_water_in_view_reflections_change_nothing()
    {
        foreach (var world in new[] { TestScenes.Day(), TestScenes.Night() })
        {
            var on = Render(world, TestScenes.Camera, reflections: true);
            var off = Render(world, TestScenes.Camera, reflections: false);
            Assert.Equal(off.Pixels, on.Pixels);
        }
    }

    [Fact]
    public void Open_water_with_nothing_over_it_in_view_is_as_without_reflections()
    {
        // Turned round, away from the sign: only the sea and the sky.
        var away = Camera with { Forward = Vector3.Normalize(new Vector3(0, -0.12f, 1)) };
        var on = Render(Night(), away, reflections: true, depthPrepass: true, out var mirror);
        var off = Render(Night(), away, reflections: false);
        Assert.Null(mirror); // no pass drawn
        Assert.Equal(off.Pixels, on.Pixels);
    }

    [Fact]
    public void Without_a_depth_pre_pass_the_reflection_leaves_the_scene_pass_depth_tested()
    {
        // The scene pass then writes depth itself: were the reflection to leave depth writes off, the water drawn last
        // would cover the sign.
        var world = Night();
        var on = Render(world, Camera, reflections: true, depthPrepass: false);
        var off = Render(world, Camera, reflections: false, depthPrepass: false);
        var sign = OnScreen(SignCentre, SignSize);
        double withMirror = MeanLuma(on, sign.X0 + 2, sign.Y0 + 2, sign.X1 - 2, sign.Y1 - 2);
        double without = MeanLuma(off, sign.X0 + 2, sign.Y0 + 2, sign.X1 - 2, sign.Y1 - 2);
        output.WriteLine($"the sign without a depth pre-pass: luma {withMirror:F1} with the reflection, {without:F1} without");
        Assert.True(without > 150, $"the sign should read bright: {without:F1}");
        Assert.True(Math.Abs(withMirror - without) < 1, $"the sign reads {withMirror:F1} with the reflection and {without:F1} without");
    }

    [Fact]
    public void Reflections_are_the_same_every_time()
    {
        var world = Night();
        Assert.Equal(Render(world, Camera, true).Pixels, Render(world, Camera, true).Pixels);
    }

    static double Luma(RgbImage image, int x, int y)
    {
        var (r, g, b) = image[x, y];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    static double MeanAbsoluteLumaDifference(RgbImage a, RgbImage b, int x0, int y0, int x1, int y1)
    {
        double sum = 0;
        int n = 0;
        for (int y = Math.Max(0, y0); y < Math.Min(H, y1); y++)
            for (int x = Math.Max(0, x0); x < Math.Min(W, x1); x++, n++) sum += Math.Abs(Luma(a, x, y) - Luma(b, x, y));
        return n == 0 ? 0 : sum / n;
    }
}
