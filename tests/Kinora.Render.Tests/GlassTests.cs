using System.Numerics;
using Kinora.World;

namespace Kinora.Render.Tests;

/// <summary>A glass pane (a windscreen, a window) lets what stands behind it show; the same pane in paint hides it.</summary>
public sealed class GlassTests
{
    const int W = 320, H = 180;

    static WorldFrame WithPane(bool glass)
    {
        var day = TestScenes.Day();
        // A dark pane a metre in front of the red box, square to the camera, hiding the box's upper half.
        var paint = new Material(new Vector3(0.015f, 0.02f, 0.025f), 0.05f, 0f, Vector3.Zero) with { Glass = glass };
        var centre = TestScenes.RedBoxCentre + new Vector3(0.2f, 0.5f, 1.2f);
        var pane = new Instance(Primitive.Box, SetBuilder.Place(centre, new Vector3(2.5f, 1.4f, 0.04f), Quaternion.Identity), paint);
        return day with { Dynamic = day.Dynamic.Add(pane) };
    }

    [Fact]
    public void The_red_box_shows_through_glass_and_not_through_a_painted_pane()
    {
        using var capture = new FrameCapture();
        var m = CameraMatrices.For(TestScenes.Camera, (float)W / H);
        var clip = Vector4.Transform(new Vector4(TestScenes.RedBoxCentre + new Vector3(0, 0.3f, 0.5f), 1), m.ViewProjection);
        int x = (int)((clip.X / clip.W * 0.5f + 0.5f) * W), y = (int)((0.5f - clip.Y / clip.W * 0.5f) * H);

        var throughGlass = capture.RenderRgb(WithPane(glass: true), TestScenes.Camera).Mean(x - 4, y - 4, x + 4, y + 4);
        var throughPaint = capture.RenderRgb(WithPane(glass: false), TestScenes.Camera).Mean(x - 4, y - 4, x + 4, y + 4);
        Assert.True(throughGlass.R > throughGlass.G + 25 && throughGlass.R > throughGlass.B + 25, $"through glass the box reads {throughGlass}");
        Assert.True(throughPaint.R < throughPaint.G + 10, $"a painted pane shows {throughPaint}");
    }

    /// <summary>
    /// Seen through glass, the box is one even colour: the pane is laid over it, not punched into a fixed dither of
    /// holes, which read as a perforated sheet (neighbouring pixels alternating between the pane and the box).
    /// </summary>
    [Fact]
    public void Through_glass_the_box_is_even_not_a_screen_door()
    {
        using var capture = new FrameCapture();
        var m = CameraMatrices.For(TestScenes.Camera, (float)W / H);
        var clip = Vector4.Transform(new Vector4(TestScenes.RedBoxCentre + new Vector3(0, 0.3f, 0.5f), 1), m.ViewProjection);
        int x = (int)((clip.X / clip.W * 0.5f + 0.5f) * W), y = (int)((0.5f - clip.Y / clip.W * 0.5f) * H);
        var image = capture.RenderRgb(WithPane(glass: true), TestScenes.Camera);
        // The largest step in red between horizontal neighbours over an 8×8 patch of the box behind the pane.
        int step = 0;
        for (int j = y - 4; j < y + 4; j++)
            for (int i = x - 4; i < x + 3; i++)
                step = Math.Max(step, Math.Abs(image[i, j].R - image[i + 1, j].R));
        Assert.True(step <= 12, $"neighbouring pixels through the pane differ by up to {step} in red");
    }
}
