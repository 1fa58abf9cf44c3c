using System.Numerics;
using Kinora.World;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>Rain at night lit by the lamps: the wet air glows round a lamp's head and stays dark away from it.</summary>
public sealed class RainGlowTests(ITestOutputHelper output)
{
    const int W = 320, H = 180;

    /// <summary>Mean luma (0..255) of a square of pixels round a point.</summary>
    static double MeanLuma(RgbImage image, int cx, int cy, int half) => RgbImage.Luma(image.Mean(cx - half, cy - half, cx + half, cy + half));

    [Fact]
    public void Rain_brightens_the_air_round_a_lamp_far_more_than_the_dark_air_away_from_it()
    {
        var camera = TestScenes.RoadCamera;
        var wet = TestScenes.RainNight();
        var dry = wet with { Atmosphere = wet.Atmosphere with { Rain = 0 } };
        using var capture = new FrameCapture(W, H);
        var rain = capture.RenderRgb(wet, camera);
        var clear = capture.RenderRgb(dry, camera);

        // The far lamp's head (−9, 4.2, −5.5) on screen, and a patch of night air on the opposite side of the frame.
        var clip = Vector4.Transform(new Vector4(-9, 4.2f, -5.5f, 1), CameraMatrices.For(camera, (float)W / H).ViewProjection);
        int lx = (int)((clip.X / clip.W * 0.5f + 0.5f) * W), ly = (int)((0.5f - clip.Y / clip.W * 0.5f) * H);
        int ax = lx < W / 2 ? W - 30 : 30;
        double nearGain = MeanLuma(rain, lx, ly + 12, 10) - MeanLuma(clear, lx, ly + 12, 10);
        double awayGain = MeanLuma(rain, ax, ly + 12, 10) - MeanLuma(clear, ax, ly + 12, 10);
        output.WriteLine($"lamp at ({lx}, {ly}); luma gain with rain: {nearGain:F1} below the lamp, {awayGain:F1} away from it ({ax})");
        Assert.True(nearGain > awayGain + 6, $"near {nearGain:F1}, away {awayGain:F1}");
        Assert.True(nearGain > 8, $"near {nearGain:F1}");
    }
}
