using System.Text.Json;

namespace Kinora.Cli.Tests;

[Collection("console")]
public sealed class ExportTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("kinora-export-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    string Planned()
    {
        string project = Path.Combine(dir, "film");
        var (code, _, err) = Kinora.Run("plan", "--prompt", "Two rival chefs argue in a busy restaurant kitchen, then cook one dish together before closing time.",
            "--duration", "40", "--size", "320x180", "-o", project);
        Assert.True(code == 0, err);
        return project;
    }

    static int ShotCount(string project) => File.ReadAllLines(Path.Combine(project, "shots.yaml")).Count(l => l.TrimStart().StartsWith("- id:"));

    [Fact]
    public void An_edl_has_one_event_per_shot_with_contiguous_timecode()
    {
        string project = Planned();
        var (code, _, err) = Kinora.Run("export", project, "--edl");
        Assert.True(code == 0, err);
        var lines = File.ReadAllLines(Path.Combine(project, "film.edl"));
        Assert.StartsWith("TITLE: ", lines[0]);
        Assert.Equal("FCM: NON-DROP FRAME", lines[1]);
        var events = lines.Where(l => l.Length > 3 && char.IsDigit(l[0])).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(ShotCount(project), events.Count);
        Assert.Equal("00:00:00:00", events[0][6]);
        for (int i = 1; i < events.Count; i++) Assert.Equal(events[i - 1][7], events[i][6]);
        Assert.Equal("00:00:40:00", events[^1][7]);
    }

    [Fact]
    public void An_otio_timeline_has_a_clip_per_shot_that_adds_up_to_the_film()
    {
        string project = Planned();
        var (code, _, err) = Kinora.Run("export", project, "--otio", "-o", Path.Combine(dir, "cut.otio"));
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "cut.otio")));
        var root = doc.RootElement;
        Assert.Equal("Timeline.1", root.GetProperty("OTIO_SCHEMA").GetString());
        var tracks = root.GetProperty("tracks").GetProperty("children");
        var video = tracks[0];
        Assert.Equal("Video", video.GetProperty("kind").GetString());
        var clips = video.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(ShotCount(project), clips.Count);
        double frames = clips.Sum(c => c.GetProperty("source_range").GetProperty("duration").GetProperty("value").GetDouble());
        Assert.Equal(40 * 24, frames);
        Assert.All(clips, c => Assert.Equal("Clip.2", c.GetProperty("OTIO_SCHEMA").GetString()));
        Assert.Equal("Audio", tracks[1].GetProperty("kind").GetString());
    }

    [Fact]
    public void Export_without_a_kind_is_bad_input()
    {
        var (code, _, err) = Kinora.Run("export", dir);
        Assert.Equal(CommandLine.BadInput, code);
        Assert.Contains("--otio, --edl or --gltf", err);
    }

    [Fact]
    public void A_gltf_export_holds_a_scene_per_film_scene_a_camera_per_shot_and_valid_buffers()
    {
        string project = Planned();
        var (code, _, err) = Kinora.Run("export", project, "--gltf");
        Assert.True(code == 0, err);
        byte[] glb = File.ReadAllBytes(Path.Combine(project, "world.glb"));
        Assert.Equal(0x46546C67u, BitConverter.ToUInt32(glb, 0));
        Assert.Equal(2u, BitConverter.ToUInt32(glb, 4));
        Assert.Equal((uint)glb.Length, BitConverter.ToUInt32(glb, 8));
        int jsonLength = (int)BitConverter.ToUInt32(glb, 12);
        using var doc = JsonDocument.Parse(glb.AsMemory(20, jsonLength));
        var root = doc.RootElement;
        int binLength = (int)BitConverter.ToUInt32(glb, 20 + jsonLength);
        Assert.Equal(binLength, root.GetProperty("buffers")[0].GetProperty("byteLength").GetInt32());
        int scenes = File.ReadAllLines(Path.Combine(project, "screenplay.fountain")).Count(l => l.StartsWith("INT") || l.StartsWith("EXT"));
        Assert.Equal(scenes, root.GetProperty("scenes").GetArrayLength());
        Assert.Equal(scenes, root.GetProperty("animations").GetArrayLength());
        Assert.Equal(ShotCount(project), root.GetProperty("cameras").GetArrayLength());
        foreach (var view in root.GetProperty("bufferViews").EnumerateArray())
            Assert.True(view.GetProperty("byteOffset").GetInt32() + view.GetProperty("byteLength").GetInt32() <= binLength);
        int nodes = root.GetProperty("nodes").GetArrayLength();
        foreach (var scene in root.GetProperty("scenes").EnumerateArray())
            foreach (var n in scene.GetProperty("nodes").EnumerateArray()) Assert.InRange(n.GetInt32(), 0, nodes - 1);
    }
}
