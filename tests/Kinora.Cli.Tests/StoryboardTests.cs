using System.Buffers.Binary;

namespace Kinora.Cli.Tests;

[Collection("console")]
public sealed class StoryboardTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("kinora-storyboard-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void A_storyboard_has_one_captioned_panel_per_shot_four_across()
    {
        string project = Path.Combine(dir, "film");
        var (code, _, err) = Kinora.Run("plan", "--prompt", "An astronaut walks across a red desert at noon and finds an abandoned rover.",
            "--duration", "20", "--size", "320x180", "-o", project);
        Assert.True(code == 0, err);
        (code, var output, err) = Kinora.Run("storyboard", project);
        Assert.True(code == 0, err);
        int shots = File.ReadAllLines(Path.Combine(project, "shots.yaml")).Count(l => l.TrimStart().StartsWith("- id:"));
        Assert.Contains($"{shots} panels", output);

        byte[] png = File.ReadAllBytes(Path.Combine(project, "storyboard.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        int width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        int height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
        int rows = (shots + 3) / 4;
        // 384×216 panels with a 44-pixel caption strip, 6-pixel padding and margin.
        Assert.Equal(2 * 6 + 4 * 384 + 3 * 6, width);
        Assert.Equal(2 * 6 + rows * (216 + 44) + (rows - 1) * 6, height);
        Assert.Empty(Directory.GetFiles(project, ".*tmp*"));
    }
}
