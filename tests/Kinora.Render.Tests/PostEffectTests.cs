using System.Numerics;
using Kinora.Direction;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>
/// The post effects measured on the frames: flicker between consecutive frames of a static shot, depth of field
/// from the lens, camera motion blur, the letterbox, and that no effect carries state from frame to frame.
/// </summary>
public sealed class PostEffectTests(ITestOutputHelper output)
{
    const int W = 320, H = 180;

    /// <summary>Mean absolute difference of two I420 frames over every byte (Y, U and V), as a share of 255.</summary>
    static double MeanAbsoluteDifference(byte[] a, byte[] b)
    {
        long sum = 0;
        for (int i = 0; i < a.Length; i++) sum += Math.Abs(a[i] - b[i]);
        return sum / (double)a.Length / 255.0;
    }

    /// <summary>Sum of squared horizontal and vertical luma steps in a rectangle: how much fine detail it holds.</summary>
    static double Detail(byte[] yuv, int width, int x0, int y0, int x1, int y1)
    {
        double sum = 0;
        for (int y = y0; y < y1 - 1; y++)
        for (int x = x0; x < x1 - 1; x++)
        {
            int c = yuv[y * width + x];
            int dx = yuv[y * width + x + 1] - c, dy = yuv[(y + 1) * width + x] - c;
            sum += dx * dx + dy * dy;
        }
        return sum / ((x1 - x0 - 1) * (y1 - y0 - 1));
    }

    [Theory]
    [InlineData("day", 0.15)]
    [InlineData("night", 0.15)]
    [InlineData("day", 0.3)]
    public void A_static_shot_does_not_flicker_grain_included(string scene, double grain)
    {
        // Ten consecutive frames at 24 fps of a locked-off camera: grain, clouds and exposure move, nothing jumps.
        using var capture = new FrameCapture(W, H, grain: grain, seed: 3);
        var frames = Enumerable.Range(0, 10).Select(i =>
        {
            double t = 2.0 + i / 24.0;
            return capture.RenderOne(scene == "day" ? TestScenes.Day(t) : TestScenes.Night(t), TestScenes.Camera);
        }).ToArray();
        double worst = 0;
        for (int i = 1; i < frames.Length; i++)
        {
            double mad = MeanAbsoluteDifference(frames[i - 1], frames[i]);
            worst = Math.Max(worst, mad);
            Assert.True(mad < 0.01, $"{scene}, grain {grain}: frames {i - 1}→{i} differ by {mad:P2} of full scale (limit 1 %)");
            Assert.True(mad > 0 || grain == 0, "grain should change from frame to frame");
        }
        output.WriteLine($"{scene}, grain {grain}: largest frame-to-frame difference {worst:P3} of full scale");
    }

    [Fact]
    public void A_close_up_on_a_long_lens_wide_open_has_a_soft_background_and_a_sharp_face()
    {
        using var capture = new FrameCapture(W, H);
        var open = capture.RenderOne(TestScenes.Day(), TestScenes.CloseUp);
        var stopped = capture.RenderOne(TestScenes.Day(), TestScenes.CloseUp with { Aperture = 22 });
        // Background: the left third behind the head (sky, grass, the plaster house); face: the middle.
        double openBack = Detail(open, W, 4, 4, 90, 120), stoppedBack = Detail(stopped, W, 4, 4, 90, 120);
        Assert.True(openBack < stoppedBack * 0.5, $"background detail at f/1.8 {openBack:F1} vs f/22 {stoppedBack:F1}");
        var face = (x0: 140, y0: 60, x1: 180, y1: 100);
        double openFace = Detail(open, W, face.x0, face.y0, face.x1, face.y1), stoppedFace = Detail(stopped, W, face.x0, face.y0, face.x1, face.y1);
        Assert.True(openFace > stoppedFace * 0.7, $"the face in focus keeps its detail: {openFace:F1} vs {stoppedFace:F1}");
    }

    [Fact]
    public void A_wide_shot_is_deep_focus()
    {
        // 35 mm at f/2.8 focused at 7.5 m blurs infinity by under a pixel at this size: exactly the pinhole picture.
        using var capture = new FrameCapture(W, H);
        var lens = capture.RenderOne(TestScenes.Day(), TestScenes.Camera);
        var pinhole = capture.RenderOne(TestScenes.Day(), TestScenes.Camera with { Aperture = 0 });
        Assert.Equal(pinhole, lens);
        Assert.True(Lens.CircleOfConfusion(TestScenes.Camera, 1000, H) < 1);
        Assert.True(Lens.CircleOfConfusion(TestScenes.CloseUp, 20, H) > 8);
    }

    [Fact]
    public void A_fast_pan_blurs_along_the_motion_and_a_still_camera_does_not()
    {
        using var capture = new FrameCapture(W, H);
        var still = capture.RenderOne(TestScenes.Day(), TestScenes.Camera);
        var sameCamera = RenderWithPrevious(capture, TestScenes.Camera, TestScenes.Camera);
        Assert.Equal(still, sameCamera);
        var panned = RenderWithPrevious(capture, TestScenes.Camera, TestScenes.PanningFrom);
        // The pan is horizontal: vertical edges (horizontal steps) soften much more than horizontal ones.
        double HorizontalSteps(byte[] f)
        {
            double s = 0;
            for (int y = 20; y < H - 20; y++) for (int x = 0; x < W - 1; x++) { int d = f[y * W + x + 1] - f[y * W + x]; s += d * d; }
            return s;
        }
        Assert.True(HorizontalSteps(panned) < HorizontalSteps(still) * 0.6, $"{HorizontalSteps(panned):F0} vs {HorizontalSteps(still):F0}");
    }

    [Fact]
    public void Motion_blur_takes_as_many_taps_as_the_smear_needs()
    {
        Assert.Equal(0, GlRenderer.MotionBlurTaps(0.5f, 1280));   // under 0.75 px a frame: none
        Assert.Equal(2, GlRenderer.MotionBlurTaps(2f, 1280));     // a slow push: a pixel of smear
        Assert.Equal(4, GlRenderer.MotionBlurTaps(8f, 1280));     // 4 px of smear: three taps 1.33 px apart, made four
        Assert.Equal(6, GlRenderer.MotionBlurTaps(40f, 1280));    // a whip pan: the most
        Assert.Equal(6, GlRenderer.MotionBlurTaps(float.PositiveInfinity, 1280));
        Assert.Equal(2, GlRenderer.MotionBlurTaps(40f, 100));     // clamped to 3 % of a narrow frame's width: 3 px
    }

    static byte[] RenderWithPrevious(FrameCapture capture, CameraFrame camera, CameraFrame previous)
    {
        int before = capture.Frames.Count;
        capture.Renderer.Submit(TestScenes.Day(), camera, previous);
        capture.Renderer.Flush();
        Assert.Equal(before + 1, capture.Frames.Count);
        return capture.Frames[^1];
    }

    [Fact]
    public void A_scope_letterbox_blacks_out_bars_of_whole_chroma_rows()
    {
        var options = new RenderOptions(W, H, RenderBackend.Cpu, Grain: 0.3, LetterboxAspect: 2.39);
        var area = options.PictureArea;
        Assert.Equal((0, W), (area.X, area.Width));
        Assert.InRange(area.Height, 132, 136); // 320 / 2.39 = 133.9, even
        Assert.Equal(0, area.Y % 2);
        Assert.Equal(H, 2 * area.Y + area.Height);

        var frames = new List<byte[]>();
        using (var r = RendererFactory.Create(options, f => frames.Add(f.ToArray())))
        {
            r.Submit(TestScenes.Day(), TestScenes.Camera);
            r.Flush();
        }
        var yuv = frames.Single();
        for (int y = 0; y < H; y++)
        {
            bool bar = y < area.Y || y >= area.Y + area.Height;
            double mean = yuv.AsSpan(y * W, W).ToArray().Average(b => (double)b);
            if (bar) Assert.True(yuv.AsSpan(y * W, W).ToArray().All(b => b == 16), $"row {y} should be black");
            else Assert.True(mean > 30, $"row {y} should be picture: mean {mean:F0}");
        }
        int chroma = W / 2 * (H / 2);
        for (int cy = 0; cy < area.Y / 2; cy++)
        for (int cx = 0; cx < W / 2; cx++)
        {
            Assert.Equal(128, yuv[W * H + cy * (W / 2) + cx]);
            Assert.Equal(128, yuv[W * H + chroma + cy * (W / 2) + cx]);
        }
        // Narrower than the frame: bars at the sides.
        var pillar = new RenderOptions(W, H, LetterboxAspect: 4.0 / 3.0).PictureArea;
        Assert.Equal((0, H), (pillar.Y, pillar.Height));
        Assert.InRange(pillar.Width, 238, 242);
        Assert.Throws<ArgumentException>(() => RendererFactory.Create(new RenderOptions(W, H, LetterboxAspect: 9), _ => { }));
    }

    [Fact]
    public void Frames_are_the_same_rendered_in_one_run_or_from_the_middle_of_a_shot()
    {
        // A moving camera with depth of field, motion blur and grain: a second renderer starting at frame 3 (as a
        // segment worker would) gives the same bytes as the one that rendered frames 0 to 5.
        CameraFrame CameraAt(int n) => TestScenes.CloseUp with { Position = TestScenes.CloseUp.Position + new Vector3(0.04f * n, 0, 0) };
        byte[] Render(FrameCapture c, int n)
        {
            c.Renderer.Submit(TestScenes.Rain(1 + n / 24.0), CameraAt(n), n > 0 ? CameraAt(n - 1) : null);
            c.Renderer.Flush();
            return c.Frames[^1];
        }
        using var whole = new FrameCapture(W, H, grain: 0.15);
        var all = Enumerable.Range(0, 6).Select(n => Render(whole, n)).ToArray();
        using var segment = new FrameCapture(W, H, grain: 0.15);
        for (int n = 3; n < 6; n++) Assert.Equal(all[n], Render(segment, n));
    }
}
