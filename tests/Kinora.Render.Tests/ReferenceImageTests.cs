using Kinora.World;

namespace Kinora.Render.Tests;

/// <summary>
/// Small scenes compared with PNGs rendered on the pinned rasterizer (Mesa 22.3.6 llvmpipe). A pixel differs when
/// any channel is off by more than <see cref="PixelThreshold"/>; the test fails when more than
/// <see cref="AllowedShare"/> of the pixels differ. On failure the actual image and a diff land in actual/.
/// KINORA_ACCEPT_REFERENCES=1 rewrites the references instead (see README.md).
/// </summary>
public sealed class ReferenceImageTests
{
    const int PixelThreshold = 12;
    const double AllowedShare = 0.01;

    /// <summary>
    /// Each lighting condition (day, night with practicals, rain), the lens and camera effects (a shallow-focus
    /// close-up, a fast pan's motion blur, a scope letterbox) and each look's grade on the day scene (at 160×90).
    /// </summary>
    public static TheoryData<string> Scenes => new()
    {
        "day", "night", "rain", "closeup", "pan", "scope", "look-noir", "look-warm", "look-cold", "look-documentary", "look-pastel",
    };

    static RgbImage Render(string name)
    {
        string look = name.StartsWith("look-", StringComparison.Ordinal) ? name[5..] : "natural";
        int w = look == "natural" ? 320 : 160, h = w * 9 / 16;
        var world = name switch
        {
            "night" => TestScenes.Night(),
            "rain" => TestScenes.Rain(),
            _ => TestScenes.Day(),
        };
        var camera = name == "closeup" ? TestScenes.CloseUp : TestScenes.Camera;
        var previous = name == "pan" ? TestScenes.PanningFrom : (Kinora.Direction.CameraFrame?)null;
        double? letterbox = name == "scope" ? 2.39 : null;
        var frames = new List<byte[]>();
        using var renderer = RendererFactory.Create(new RenderOptions(w, h, RenderBackend.Cpu, look, 0, 7, 0, letterbox), f => frames.Add(f.ToArray()));
        renderer.Submit(world, camera, previous);
        renderer.Flush();
        return RgbImage.FromI420(frames.Single(), w, h);
    }

    [Theory]
    [MemberData(nameof(Scenes))]
    public void The_scene_matches_its_reference_image(string name)
    {
        RgbImage actual = Render(name);

        string folder = ProjectFolder();
        string reference = Path.Combine(folder, "references", $"{name}.png");
        if (Environment.GetEnvironmentVariable("KINORA_ACCEPT_REFERENCES") == "1")
        {
            Png.Write(reference, actual);
            return;
        }
        Assert.True(File.Exists(reference), $"No reference {reference}: run with KINORA_ACCEPT_REFERENCES=1 to create it.");
        var expected = Png.Read(reference);
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));

        var diff = new RgbImage(actual.Width, actual.Height);
        int differing = 0;
        for (int y = 0; y < actual.Height; y++)
        for (int x = 0; x < actual.Width; x++)
        {
            var a = actual[x, y];
            var e = expected[x, y];
            int d = Math.Max(Math.Abs(a.R - e.R), Math.Max(Math.Abs(a.G - e.G), Math.Abs(a.B - e.B)));
            if (d > PixelThreshold) differing++;
            int v = Math.Min(255, d * 8);
            diff[x, y] = d > PixelThreshold ? (255, v / 2, 0) : (v, v, v);
        }
        double share = differing / (double)(actual.Width * actual.Height);
        if (share > AllowedShare)
        {
            string outFolder = Path.Combine(folder, "actual");
            Png.Write(Path.Combine(outFolder, $"{name}.png"), actual);
            Png.Write(Path.Combine(outFolder, $"{name}-diff.png"), diff);
            Assert.Fail($"{name}: {share:P2} of pixels differ by more than {PixelThreshold} (allowed {AllowedShare:P0}); see {outFolder}.");
        }
    }

    /// <summary>The test project's source folder, found by walking up from the build output.</summary>
    static string ProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Kinora.Render.Tests.csproj"))) return dir.FullName;
        throw new InvalidOperationException("Kinora.Render.Tests.csproj not found above " + AppContext.BaseDirectory);
    }
}
