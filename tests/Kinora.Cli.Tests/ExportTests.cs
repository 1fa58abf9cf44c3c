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
        Assert.Contains("--otio or --edl", err);
    }
}
