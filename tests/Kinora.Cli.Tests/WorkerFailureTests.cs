using Kinora.Pipeline;

namespace Kinora.Cli.Tests;

/// <summary>A worker process that dies is reported, and its segment is shot again by a fresh worker.</summary>
public sealed class WorkerFailureTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("kinora-workers-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    sealed class Notes : IProgress<ShootProgress>
    {
        public List<string> Heard { get; } = [];

        public void Report(ShootProgress value)
        {
            if (value.Note is { } n) lock (Heard) Heard.Add(n);
        }
    }

    [Fact]
    public void A_worker_that_dies_once_is_reported_and_its_segment_shot_again()
    {
        var plan = Planning.Plan(new FilmSource.Prompt("Two rival chefs argue in a busy restaurant kitchen, then one walks out into the rain."),
            new PlanOverrides(Duration: 12, Width: 320, Height: 180, Seed: 4));
        string marker = Path.Combine(dir, "died-once");
        // The first worker to start dies; every later one is the real kinora.
        string script = $"if mkdir '{marker}' 2>/dev/null; then echo 'the lamp blew' >&2; exit 9; fi; exec \"$0\" \"$@\"";
        var real = WorkerCommand.Find();
        var notes = new Notes();
        string film = Path.Combine(dir, "film.mp4");
        var report = Shoot.Run(plan, new ShootOptions(film, Progress: notes)
        {
            CacheDirectory = Path.Combine(dir, "cache"),
            Workers = 2,
            WorkerCommand = ["sh", "-c", script, .. real],
        });
        Assert.Equal(report.Segments, report.SegmentsRendered);
        Assert.Contains(notes.Heard, n => n.Contains("the lamp blew") && n.Contains("trying it again"));
        Assert.Equal(12 * 24, Films.FrameHashes(film).Length);
        Assert.Equal(["cache", "died-once", "film.mp4", "film.srt", "film.vtt", "score.mid", "stems"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order());
    }
}
