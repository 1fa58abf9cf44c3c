using System.Numerics;
using Kinora.World;

namespace Kinora.Render.Tests;

/// <summary>Relief maps, the sky's spherical-harmonic ambient and screen-space occlusion, as measured facts.</summary>
public sealed class SurfaceTests
{
    static readonly Vector3[] Axes = [Vector3.UnitX, -Vector3.UnitX, Vector3.UnitY, -Vector3.UnitY, Vector3.UnitZ, -Vector3.UnitZ];

    [Fact]
    public void A_uniform_sky_gives_the_same_ambient_from_every_direction()
    {
        var c = SkyIrradiance.FromRadiance(_ => new Vector3(0.5f, 0.6f, 0.9f));
        foreach (var n in Axes.Append(Vector3.Normalize(new Vector3(1, 2, 3))))
        {
            var e = SkyIrradiance.Evaluate(c, n);
            Assert.InRange(e.X, 0.495f, 0.505f);
            Assert.InRange(e.Z, 0.891f, 0.909f);
        }
    }

    [Fact]
    public void A_sky_over_a_black_ground_lights_faces_up_fully_sideways_half_and_down_not_at_all()
    {
        // Order-2 harmonics ring a little at the horizon's step: Ramamoorthi and Hanrahan give a few per cent.
        var c = SkyIrradiance.FromRadiance(d => d.Y > 0 ? Vector3.One : Vector3.Zero);
        Assert.InRange(SkyIrradiance.Evaluate(c, Vector3.UnitY).X, 0.95f, 1.05f);
        Assert.InRange(SkyIrradiance.Evaluate(c, Vector3.UnitX).X, 0.47f, 0.53f);
        Assert.InRange(SkyIrradiance.Evaluate(c, -Vector3.UnitY).X, -0.05f, 0.05f);
    }

    [Fact]
    public void By_day_faces_up_see_the_blue_sky_and_faces_down_the_warm_sunlit_ground()
    {
        var light = Daylight.For(51.5, 172, 13, "clear", null);
        var c = SkyIrradiance.For(light, 0, 0, interior: false);
        var up = SkyIrradiance.Evaluate(c, Vector3.UnitY);
        var down = SkyIrradiance.Evaluate(c, -Vector3.UnitY);
        Assert.True(up.Z > up.X * 1.3f, $"up {up} should be blue");
        Assert.True(down.X / down.Z > up.X / up.Z * 1.5f, $"down {down} should be warmer than up {up}");
        Assert.True(down.Y > 0.05f * up.Y && down.Y < up.Y, $"down {down} is a bounce, dimmer than the sky {up}");
    }

    [Fact]
    public void Inside_a_room_the_fill_from_above_matches_the_World_stages_ambient()
    {
        var light = Daylight.For(51.5, 172, 13, "clear", null);
        var c = SkyIrradiance.For(light, 0, 0, interior: true);
        static float Luma(Vector3 v) => 0.2126f * v.X + 0.7152f * v.Y + 0.0722f * v.Z;
        float up = Luma(SkyIrradiance.Evaluate(c, Vector3.UnitY)), down = Luma(SkyIrradiance.Evaluate(c, -Vector3.UnitY));
        Assert.InRange(up, Luma(light.Ambient) * 0.6f, Luma(light.Ambient) * 1.05f);
        Assert.True(down > 0.3f * up, $"walls scatter the fill round: down {down} vs up {up}");
    }

    [Fact]
    public void Every_relief_layer_tiles_with_a_mean_slope_of_zero()
    {
        // The 1×1 level is the mean of the layer: a tiling height field rises as much as it falls.
        var top = ReliefMaps.Levels[^1];
        Assert.Equal(ReliefMaps.Layers.Length * 4, top.Length);
        for (int l = 0; l < ReliefMaps.Layers.Length; l++)
        {
            Assert.InRange(top[l * 4], 126, 129);
            Assert.InRange(top[l * 4 + 1], 126, 129);
        }
        Assert.Equal(ReliefMaps.Size, 1 << (ReliefMaps.LevelCount - 1));
    }

    [Fact]
    public void Brick_relief_has_its_hollows_in_the_mortar_where_the_albedo_draws_it()
    {
        int layer = Array.FindIndex(ReliefMaps.Layers, l => l.Name == "brick");
        var level = ReliefMaps.Levels[0];
        int size = ReliefMaps.Size;
        byte Hollow(float u, float v) => level[(layer * size * size + (int)(v * size) * size + (int)(u * size)) * 4 + 2];
        // Mid-brick (course 0, brick 0 centre) against a bed joint (between courses 0 and 1) and a head joint.
        Assert.True(Hollow(0.125f, 0.0625f) < 80, $"brick face hollow {Hollow(0.125f, 0.0625f)}");
        Assert.True(Hollow(0.125f, 0.125f) > 180, $"bed joint hollow {Hollow(0.125f, 0.125f)}");
        Assert.True(Hollow(0.25f, 0.0625f) > 180, $"head joint hollow {Hollow(0.25f, 0.0625f)}");
    }

    [Fact]
    public void Occlusion_darkens_the_ground_at_a_boxs_foot_in_shade_and_is_the_same_every_frame()
    {
        // Only the sky lights the scene (no sun), so what is left is ambient and its occlusion.
        var world = TestScenes.Day();
        world = world with { Light = world.Light with { SunColour = Vector3.Zero } };
        using var capture = new FrameCapture();
        var a = capture.RenderOne(world, TestScenes.Camera);
        var b = capture.RenderOne(world, TestScenes.Camera);
        Assert.Equal(a, b);
        var image = RgbImage.FromI420(a, 320, 180);
        var m = CameraMatrices.For(TestScenes.Camera, 320f / 180f);
        (int X, int Y) Project(Vector3 p)
        {
            var clip = Vector4.Transform(new Vector4(p, 1), m.ViewProjection);
            return ((int)((clip.X / clip.W * 0.5f + 0.5f) * 320), (int)((0.5f - clip.Y / clip.W * 0.5f) * 180));
        }
        var foot = Project(new Vector3(0, 0, 0.56f));
        var open = Project(new Vector3(0, 0, 2.0f));
        double footLuma = RgbImage.Luma(image.Mean(foot.X - 6, foot.Y + 1, foot.X + 6, foot.Y + 3));
        double openLuma = RgbImage.Luma(image.Mean(open.X - 6, open.Y - 1, open.X + 6, open.Y + 1));
        Assert.True(footLuma < openLuma * 0.9, $"ground at the foot {footLuma:F1} vs open ground {openLuma:F1}");
    }
}
