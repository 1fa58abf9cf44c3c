using System.Numerics;
using Kinora.Core;
using Kinora.Production;
using Kinora.World;

namespace Kinora.Render.Tests;

public sealed class FigureRenderTests
{
    const int W = 320, H = 180;

    static (int X, int Y) Project(Vector3 world)
    {
        var m = CameraMatrices.For(TestScenes.Camera, (float)W / H);
        var clip = Vector4.Transform(new Vector4(world, 1), m.ViewProjection);
        return ((int)((clip.X / clip.W * 0.5f + 0.5f) * W), (int)((0.5f - clip.Y / clip.W * 0.5f) * H));
    }

    static CastMember Member(string top) => new("ADA", 40, "average", 1.75, new Rgb(205, 160, 130), new Rgb(60, 40, 30), "short", top,
        new Rgb(30, 160, 40), new Rgb(40, 40, 50), "none", new Voice("en-us", 50, 170));

    [Fact]
    public void A_skinned_figure_is_drawn_where_its_pose_puts_it_in_its_wardrobe_colour()
    {
        var human = new Humanoid(Member("coat"), 1);
        var pose = Rig.BindPose(human.Skeleton);
        // Stand her beside the red box, facing the camera.
        var place = Matrix4x4.CreateRotationY(MathF.PI * 0.9f) * Matrix4x4.CreateTranslation(-1.3f, 0, 0.6f);
        var figure = human.Figure(pose, MouthShape.Rest);
        var moved = figure with { Skin = [.. figure.Skin.Select(m => m * place)], Bounds = new Vector4(Vector3.Transform(new Vector3(0, 0.9f, 0), place), 1.4f) };
        var day = TestScenes.Day();
        using var capture = new FrameCapture();
        var with = capture.RenderRgb(day with { Figures = [moved] }, TestScenes.Camera);
        // The green coat, in the shade of a low sun under a blue sky: green well above red.
        var (x, y) = Project(Vector3.Transform(new Vector3(0, 1.15f, 0), place));
        var chest = with.Mean(x - 2, y - 2, x + 2, y + 2);
        Assert.True(chest.G > chest.R + 20, $"the coat at ({x},{y}) reads {chest}");
        var (hx, hy) = Project(Vector3.Transform(pose.Head, place));
        var face = with.Mean(hx - 1, hy - 1, hx + 1, hy + 1);
        // Skin in the shade, through the grade: still warm (red over green over blue), if less than in the sun.
        Assert.True(face.R > face.B + 8 && face.R > face.G, $"the face at ({hx},{hy}) reads {face}");
        var without = capture.RenderRgb(day, TestScenes.Camera);
        Assert.NotEqual(RgbImage.Luma(without.Mean(x - 2, y - 2, x + 2, y + 2)), RgbImage.Luma(chest));
    }
}
