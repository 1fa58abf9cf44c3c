using System.Numerics;
using Kinora.World;

namespace Kinora.Render.Tests;

public sealed class GlRendererTests
{
    const int W = 320, H = 180;

    static (int X, int Y) Project(Vector3 world)
    {
        var m = CameraMatrices.For(TestScenes.Camera, (float)W / H);
        var clip = Vector4.Transform(new Vector4(world, 1), m.ViewProjection);
        float x = clip.X / clip.W, y = clip.Y / clip.W;
        return ((int)((x * 0.5f + 0.5f) * W), (int)((0.5f - y * 0.5f) * H));
    }

    [Fact]
    public void A_frame_is_I420_of_the_requested_size()
    {
        using var capture = new FrameCapture();
        var frame = capture.RenderOne(TestScenes.Day(), TestScenes.Camera);
        Assert.Equal(W * H * 3 / 2, frame.Length);
        Assert.Contains("OpenGL", capture.Renderer.Description);
    }

    [Fact]
    public void In_daylight_the_sky_is_brighter_and_bluer_than_the_ground()
    {
        using var capture = new FrameCapture();
        var image = capture.RenderRgb(TestScenes.Day(), TestScenes.Camera);
        var sky = image.Mean(0, 0, W, 12);
        var ground = image.Mean(0, H - 20, W, H);
        Assert.True(RgbImage.Luma(sky) > RgbImage.Luma(ground) + 20, $"sky {sky} vs ground {ground}");
        Assert.True(sky.B > sky.R + 15, $"sky {sky} should be blue");
    }

    [Fact]
    public void A_red_box_in_the_centre_of_view_reads_red()
    {
        using var capture = new FrameCapture();
        var image = capture.RenderRgb(TestScenes.Day(), TestScenes.Camera);
        var (x, y) = Project(TestScenes.RedBoxCentre + new Vector3(0, 0.15f, 0.5f));
        var c = image.Mean(x - 3, y - 3, x + 3, y + 3);
        Assert.True(c.R > 2 * c.G && c.R > 2 * c.B && c.R > 60, $"box at ({x},{y}) is {c}");
    }

    [Fact]
    public void The_ground_in_a_box_shadow_is_darker_than_lit_ground()
    {
        using var capture = new FrameCapture();
        var image = capture.RenderRgb(TestScenes.Day(), TestScenes.Camera);
        // The shadow of the box's top centre lands where the ray away from the sun meets the ground.
        var sun = TestScenes.TowardSun(TestScenes.SunElevation, TestScenes.SunAzimuth);
        var top = TestScenes.RedBoxCentre + new Vector3(0, 0.35f, 0);
        var inShadow = top - sun * (top.Y / sun.Y);
        var lit = inShadow + new Vector3(-1.6f, 0, 0.9f);
        var (sx, sy) = Project(inShadow);
        var (lx, ly) = Project(lit);
        var shadow = RgbImage.Luma(image.Mean(sx - 2, sy - 2, sx + 2, sy + 2));
        var sunlit = RgbImage.Luma(image.Mean(lx - 2, ly - 2, lx + 2, ly + 2));
        Assert.True(shadow < sunlit * 0.7, $"shadow {shadow:F0} at ({sx},{sy}) vs lit {sunlit:F0} at ({lx},{ly})");
    }

    [Fact]
    public void A_night_frame_is_much_darker_than_a_day_frame()
    {
        using var capture = new FrameCapture();
        double day = RgbImage.Luma(capture.RenderRgb(TestScenes.Day(), TestScenes.Camera).Mean(0, 0, W, H));
        double night = RgbImage.Luma(capture.RenderRgb(TestScenes.Night(), TestScenes.Camera).Mean(0, 0, W, H));
        Assert.True(night < day * 0.45, $"night {night:F1} vs day {day:F1}");
    }

    [Fact]
    public void The_same_frame_rendered_twice_gives_identical_bytes()
    {
        byte[] first, second;
        using (var a = new FrameCapture(grain: 0.3))
        {
            a.RenderOne(TestScenes.Rain(0.5), TestScenes.Camera);
            first = a.RenderOne(TestScenes.Day(2.0), TestScenes.Camera);
        }
        using (var b = new FrameCapture(grain: 0.3))
            second = b.RenderOne(TestScenes.Day(2.0), TestScenes.Camera);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Grain_changes_with_film_time_and_seed()
    {
        using var a = new FrameCapture(grain: 0.5, seed: 1);
        using var b = new FrameCapture(grain: 0.5, seed: 2);
        var t1 = a.RenderOne(TestScenes.Day(1.0), TestScenes.Camera);
        var t2 = a.RenderOne(TestScenes.Day(1.0 + 1 / 24.0), TestScenes.Camera);
        var s2 = b.RenderOne(TestScenes.Day(1.0), TestScenes.Camera);
        Assert.NotEqual(t1, t2);
        Assert.NotEqual(t1, s2);
    }

    [Fact]
    public void Frames_come_out_in_submission_order_after_flush()
    {
        using var capture = new FrameCapture();
        var worlds = new[] { TestScenes.Day(0), TestScenes.Night(0), TestScenes.Day(0), TestScenes.Night(0), TestScenes.Day(0) };
        foreach (var w in worlds) capture.Renderer.Submit(w, TestScenes.Camera);
        capture.Renderer.Flush();
        Assert.Equal(worlds.Length, capture.Frames.Count);
        double[] luma = capture.Frames.Select(f => f.AsSpan(0, W * H).ToArray().Average(b => (double)b)).ToArray();
        Assert.True(luma[0] > luma[1] && luma[1] < luma[2] && luma[2] > luma[3] && luma[3] < luma[4], string.Join(", ", luma));
        Assert.Equal(capture.Frames[0], capture.Frames[2]);
    }

    [Fact]
    public void A_renderer_can_be_driven_from_another_thread()
    {
        using var capture = new FrameCapture();
        capture.RenderOne(TestScenes.Day(), TestScenes.Camera);
        var other = Task.Run(() => capture.RenderOne(TestScenes.Day(), TestScenes.Camera)).GetAwaiter().GetResult();
        Assert.Equal(capture.Frames[0], other);
    }

    [Fact]
    public void The_automatic_backend_finds_a_context_here()
    {
        var frames = new List<byte[]>();
        using (var r = RendererFactory.Create(new RenderOptions(64, 36, RenderBackend.Auto), f => frames.Add(f.ToArray())))
        {
            r.Submit(TestScenes.Day(), TestScenes.Camera);
            r.Flush();
        }
        Assert.Single(frames);
    }

    [Fact]
    public void A_width_not_divisible_by_four_still_gives_an_exact_I420_frame()
    {
        // 854×480 takes the one-byte-per-fragment path; H/2 odd (e.g. 270) puts V's start mid-row.
        foreach (var (w, h) in new[] { (854, 480), (96, 54) })
        {
            using var capture = new FrameCapture(w, h);
            var image = capture.RenderRgb(TestScenes.Day(), TestScenes.Camera);
            var sky = image.Mean(0, 0, w, Math.Max(2, h / 16));
            Assert.True(sky.B > sky.R, $"{w}×{h}: sky {sky}");
            var centre = image.Mean(w / 2 - 2, h / 2 - 2, w / 2 + 2, h / 2 + 2);
            Assert.InRange(centre.R + centre.G + centre.B, 30, 3 * 255);
        }
    }

    [Fact]
    public void Odd_sizes_and_unknown_looks_are_refused()
    {
        Assert.Throws<ArgumentException>(() => RendererFactory.Create(new RenderOptions(321, 180), _ => { }));
        Assert.Throws<ArgumentException>(() => RendererFactory.Create(new RenderOptions(320, 180, Look: "sepia"), _ => { }));
    }

    [Fact]
    public void Every_look_renders()
    {
        foreach (var look in new[] { "natural", "noir", "warm", "cold", "documentary", "pastel" })
        {
            using var capture = new FrameCapture(160, 90, look);
            var image = capture.RenderRgb(TestScenes.Day(), TestScenes.Camera);
            if (look == "noir")
            {
                var c = image.Mean(0, 0, 160, 90);
                Assert.True(Math.Abs(c.R - c.B) < 4, $"noir should be monochrome: {c}");
            }
        }
    }
}
