using System.Numerics;
using Kinora.Direction;
using Kinora.World;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>
/// Measured on rendered frames: shadows hold still in a still shot and glide with a slow pan; water reflects the
/// sky and moves; the lighthouse beam lights the air; lit windows in the noir grade keep below white.
/// </summary>
public sealed class ShadowAndWaterTests(ITestOutputHelper output)
{
    const int W = 320, H = 180;

    static double Luma(RgbImage image, int x, int y)
    {
        var (r, g, b) = image[x, y];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    static double MeanLuma(RgbImage image, int x0, int y0, int x1, int y1) => RgbImage.Luma(image.Mean(x0, y0, x1, y1));

    static double MeanAbsoluteLumaDifference(RgbImage a, RgbImage b, int x0, int y0, int x1, int y1)
    {
        double sum = 0;
        for (int y = y0; y < y1; y++)
            for (int x = x0; x < x1; x++) sum += Math.Abs(Luma(a, x, y) - Luma(b, x, y));
        return sum / ((x1 - x0) * (y1 - y0));
    }

    /// <summary>
    /// Where, along row y between x0 and x1, the luma first rises through the middle of its range: the right-hand
    /// edge of the red box's shadow on the grass, to a tenth of a pixel by linear interpolation.
    /// </summary>
    static double ShadowEdge(RgbImage image, int y, int x0, int x1)
    {
        double lo = double.MaxValue, hi = double.MinValue;
        for (int x = x0; x < x1; x++) { lo = Math.Min(lo, Luma(image, x, y)); hi = Math.Max(hi, Luma(image, x, y)); }
        Assert.True(hi - lo > 20, $"no shadow edge on row {y} between {x0} and {x1} (luma {lo:F0}..{hi:F0})");
        double mid = (lo + hi) / 2;
        int start = x0;
        while (start < x1 && Luma(image, start, y) > mid) start++;
        for (int x = start; x < x1 - 1; x++)
        {
            double a = Luma(image, x, y), b = Luma(image, x + 1, y);
            if (a <= mid && b > mid) return x + (mid - a) / (b - a);
        }
        throw new Xunit.Sdk.XunitException($"the shadow's edge was not found on row {y}");
    }

    [Fact]
    public void In_a_still_shot_the_shadows_do_not_move_between_frames()
    {
        using var capture = new FrameCapture(W, H);
        var a = capture.RenderRgb(TestScenes.Day(2.0), TestScenes.Camera);
        var b = capture.RenderRgb(TestScenes.Day(2.0 + 1 / 24.0), TestScenes.Camera);
        // The ground (below the horizon; the clouds drift in the sky) is the same to the last bit.
        double mad = MeanAbsoluteLumaDifference(a, b, 0, 80, W, H);
        Assert.Equal(0, mad);
    }

    [Fact]
    public void A_locked_off_shot_reuses_the_sets_shadow_depth_and_its_frames_are_the_frames_drawn_whole()
    {
        // Eight frames from one place while the sun crawls 0.005° a frame (0.035° in all, less than ShadowFit.Steady's
        // step, so the snapped sun changes at most once): the set's shadow depth comes from the cache on at least
        // four of them. A fresh renderer drawing the last frame alone draws every caster, and gives the same bytes.
        var camera = TestScenes.Camera;
        WorldFrame At(int n)
        {
            var day = TestScenes.Day(1 + n / 24.0);
            var sun = Vector3.Transform(day.Light.SunDirection, Matrix4x4.CreateRotationY(0.0000873f * n));
            return day with { Light = day.Light with { SunDirection = sun } };
        }
        using var run = new FrameCapture(W, H);
        for (int n = 0; n < 8; n++) run.RenderOne(At(n), camera);
        Assert.True(((GlRenderer)run.Renderer).StaticShadowReuses >= 4, $"{((GlRenderer)run.Renderer).StaticShadowReuses} frames reused the set's shadow depth");
        using var alone = new FrameCapture(W, H);
        Assert.Equal(run.Frames[^1], alone.RenderOne(At(7), camera));
        Assert.Equal(0, ((GlRenderer)alone.Renderer).StaticShadowReuses);
    }

    [Fact]
    public void In_a_slow_pan_the_shadow_edge_glides_with_the_ground()
    {
        // 0.1° a frame: about half a pixel a frame at this size. The box's shadow edge should step by the same amount
        // each frame (the cascades slide by whole texels; no jumps, no crawl).
        using var capture = new FrameCapture(W, H);
        var start = TestScenes.Camera;
        var edges = Enumerable.Range(0, 8).Select(f =>
        {
            var camera = start with { Forward = Vector3.Transform(start.Forward, Matrix4x4.CreateRotationY(0.001745f * f)) };
            return ShadowEdge(capture.RenderRgb(TestScenes.Day(2.0), camera), 124, 150, 250);
        }).ToArray();
        var steps = edges.Zip(edges.Skip(1), (p, q) => q - p).ToArray();
        output.WriteLine("edge x: " + string.Join(", ", edges.Select(e => e.ToString("F2"))));
        double mean = steps.Average();
        Assert.True(mean > 0.2 && mean < 1.0, $"the edge moved {mean:F2} px a frame on average");
        foreach (double s in steps)
            Assert.True(Math.Abs(s - mean) < 0.35, $"a step of {s:F2} px against a mean of {mean:F2}: the shadow jumps");
    }

    [Fact]
    public void Water_reflects_the_sky_more_at_grazing_angles_and_follows_its_brightness()
    {
        using var capture = new FrameCapture(W, H);
        var bright = capture.RenderRgb(TestScenes.HarbourDay(2.0), TestScenes.HarbourCamera);
        var dim = capture.RenderRgb(TestScenes.HarbourDay(2.0, skyScale: 0.5f), TestScenes.HarbourCamera);
        // Open water to the right of the figure: far (grazing) rows just below the horizon, near rows at the bottom.
        double far = MeanLuma(bright, 180, 76, 310, 90), near = MeanLuma(bright, 180, 150, 310, 178);
        double farDim = MeanLuma(dim, 180, 76, 310, 90);
        output.WriteLine($"water luma: far {far:F1} (dim sky {farDim:F1}), near {near:F1}");
        Assert.True(far > near * 1.3, $"grazing water ({far:F1}) should reflect more sky than water seen from above ({near:F1})");
        Assert.True(far > farDim * 1.15, $"the water's reflection should follow the sky: {far:F1} under the bright sky, {farDim:F1} under the dim one");
    }

    [Fact]
    public void Waves_move_with_time_and_the_quay_does_not()
    {
        using var capture = new FrameCapture(W, H);
        var a = capture.RenderRgb(TestScenes.HarbourDay(2.0), TestScenes.HarbourCamera);
        var b = capture.RenderRgb(TestScenes.HarbourDay(2.5), TestScenes.HarbourCamera);
        var again = capture.RenderRgb(TestScenes.HarbourDay(2.0), TestScenes.HarbourCamera);
        double water = MeanAbsoluteLumaDifference(a, b, 180, 90, 310, 178);
        double headland = MeanAbsoluteLumaDifference(a, b, 5, 52, 80, 70);
        output.WriteLine($"half a second apart: water changes by {water:F2} luma, the headland by {headland:F2}");
        Assert.True(water > 1.0, $"the waves should move: the water changed by {water:F2} luma");
        Assert.True(headland < 0.5, $"the headland changed by {headland:F2}");
        Assert.Equal(0, MeanAbsoluteLumaDifference(a, again, 0, 0, W, H));
    }

    [Fact]
    public void The_lighthouse_beam_lights_the_air_at_night_and_turns()
    {
        using var capture = new FrameCapture(W, H);
        var world = TestScenes.HarbourNight(1.0);
        var beam = capture.RenderRgb(world, TestScenes.HarbourCamera);
        var dark = capture.RenderRgb(world with { Light = world.Light with { Beams = [] } }, TestScenes.HarbourCamera);
        var later = capture.RenderRgb(TestScenes.HarbourNight(4.0), TestScenes.HarbourCamera);
        // The sky above the headland, around the lighthouse.
        double lit = MeanLuma(beam, 0, 0, 160, 45), unlit = MeanLuma(dark, 0, 0, 160, 45);
        double turned = MeanAbsoluteLumaDifference(beam, later, 0, 0, 160, 45);
        output.WriteLine($"sky around the lighthouse: {lit:F1} with the beam, {unlit:F1} without; 3 s later it differs by {turned:F1}");
        Assert.True(lit > unlit + 8, $"the beam should light the mist: {lit:F1} against {unlit:F1}");
        Assert.True(turned > 3, $"the beam should have turned in 3 s: the sky changed by {turned:F1}");
    }

    [Fact]
    public void Lit_windows_in_the_noir_grade_roll_off_below_white()
    {
        using var capture = new FrameCapture(W, H, look: "noir");
        var image = capture.RenderRgb(TestScenes.Night(), TestScenes.Camera);
        // The right-hand window of the brick house (not behind the tree).
        double window = MeanLuma(image, 131, 46, 142, 60), wall = MeanLuma(image, 150, 46, 160, 60);
        output.WriteLine($"noir night: window {window:F1}, wall beside it {wall:F1}");
        Assert.True(window > 170, $"the lit window should read bright: {window:F1}");
        Assert.True(window < 245, $"the lit window should roll off below white, not clip: {window:F1}");
        Assert.True(window > wall + 100, $"window {window:F1} against wall {wall:F1}");
    }
}
