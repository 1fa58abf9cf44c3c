using System.Security.Cryptography;
using Kinora.Direction;
using Kinora.Render;

namespace Kinora.Pipeline.Tests;

/// <summary>Shooting in segments through the render cache, at 320×180 and a few seconds.</summary>
public sealed class ShootTests : IDisposable
{
    const string Prompt = "Two rival chefs argue in a busy restaurant kitchen, then one walks out into the rain.";
    readonly string dir = Directory.CreateTempSubdirectory("kinora-shoot-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    static SegmentPlan Cut(FilmPlan plan) => SegmentPlan.For(plan, Shoot.RenderOptionsFor(plan.Production, RenderBackend.Auto, 0));

    FilmPlan PlanFolder(string folder, double seconds)
    {
        var plan = Planning.Plan(new FilmSource.Prompt(Prompt), new PlanOverrides(Duration: seconds, Width: 320, Height: 180, Seed: 2));
        Planning.WriteFolder(plan, folder);
        return Planning.Plan(new FilmSource.ProjectFolder(folder), new PlanOverrides());
    }

    [Fact]
    public void Editing_one_shot_renders_only_its_segments_and_an_unchanged_folder_none()
    {
        string folder = Path.Combine(dir, "chefs");
        var plan = PlanFolder(folder, 14);
        var film = new ProductionFolder(folder).Film;
        var first = Shoot.Run(plan, new ShootOptions(film));
        Assert.Equal(first.Segments, first.SegmentsRendered);
        Assert.True(first.SoundtrackMixed);
        var before = Films.FrameHashes(film);
        // The score and the stems lie in the production folder for editors: stereo 48 kHz float WAVs as long as the film.
        Assert.True(new FileInfo(Path.Combine(folder, "score.mid")).Length > 100);
        long stemBytes = 44 + (long)Math.Round(plan.Production.Duration * 48000) * 8;
        foreach (var stem in new[] { "dialogue", "music", "effects" })
            Assert.Equal(stemBytes, new FileInfo(Path.Combine(folder, "stems", stem + ".wav")).Length);
        Assert.Equal("aac 48000 2", AudioStream(film));

        var again = Shoot.Run(Planning.Plan(new FilmSource.ProjectFolder(folder), new PlanOverrides()), new ShootOptions(film));
        Assert.Equal(0, again.SegmentsRendered);
        Assert.False(again.SoundtrackMixed);
        Assert.Equal(before, Films.FrameHashes(film));

        // A longer lens on the second shot, as a person would type it.
        string shots = new ProductionFolder(folder).Shots;
        var lines = File.ReadAllLines(shots);
        int lens = lines.Select((l, i) => (l, i)).Where(p => p.l.TrimStart().StartsWith("lens_mm:")).ElementAt(1).i;
        lines[lens] = lines[lens][..(lines[lens].IndexOf(':') + 1)] + " 85";
        File.WriteAllLines(shots, lines);
        var edited = Planning.Plan(new FilmSource.ProjectFolder(folder), new PlanOverrides());
        Assert.Equal(85, edited.Shots.Shots[1].FocalLength);
        var cut = Cut(edited);
        var touched = cut.Segments.Where(s => s.FirstShot <= 1 && s.LastShot >= 1).ToList();
        Assert.NotEmpty(touched);
        Assert.True(touched.Count < cut.Segments.Length);

        var third = Shoot.Run(edited, new ShootOptions(film));
        Assert.Equal(touched.Count, third.SegmentsRendered);
        Assert.False(third.SoundtrackMixed);
        var after = Films.FrameHashes(film);
        Assert.Equal(before.Length, after.Length);
        for (long n = 0; n < after.Length; n++)
        {
            bool inShot = touched.Any(s => n >= s.FirstFrame && n < s.EndFrame);
            if (!inShot) Assert.True(before[n] == after[n], $"frame {n} is outside the edited shot yet changed");
        }
        Assert.NotEqual(before[(int)touched[0].FirstFrame], after[(int)touched[0].FirstFrame]);
    }

    /// <summary>The film's audio stream as ffprobe reads it: codec, sample rate, channels.</summary>
    static string AudioStream(string film)
    {
        var start = new System.Diagnostics.ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-v", "error", "-select_streams", "a:0", "-show_entries", "stream=codec_name,sample_rate,channels", "-of", "csv=p=0", film })
            start.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(start)!;
        _ = p.StandardError.ReadToEndAsync();
        string line = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        return line.Replace(',', ' ');
    }

    [Fact]
    public void Joints_neither_drop_nor_double_a_frame()
    {
        var plan = Planning.Plan(new FilmSource.Prompt(Prompt), new PlanOverrides(Duration: 12, Width: 320, Height: 180, Seed: 4));
        string film = Path.Combine(dir, "film.mp4"), cache = Path.Combine(dir, "cache");
        var report = Shoot.Run(plan, new ShootOptions(film) { CacheDirectory = cache });
        var cut = Cut(plan);
        Assert.True(cut.Segments.Length >= 2);
        var rendered = new RenderCache(cache);
        var parts = cut.Segments.SelectMany(s => Films.FrameHashes(rendered.SegmentFile(s.Key))).ToArray();
        var whole = Films.FrameHashes(film);
        Assert.Equal(12 * 24, whole.Length);
        Assert.Equal(parts, whole);
        Assert.Equal(12 * 24, report.Frames);
        Assert.Equal(["cache", "film.mp4", "film.srt", "film.vtt", "score.mid", "stems"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_frame_rendered_alone_has_the_pixels_it_has_mid_film()
    {
        var plan = Planning.Plan(new FilmSource.Prompt(Prompt), new PlanOverrides(Duration: 4, Width: 320, Height: 180, Seed: 4));
        var options = Shoot.RenderOptionsFor(plan.Production, RenderBackend.Auto, 0);
        List<string> Render(int from, int to)
        {
            var hashes = new List<string>();
            using var renderer = RendererFactory.Create(options, yuv => hashes.Add(Convert.ToHexString(SHA256.HashData(yuv))));
            for (int n = from; n < to; n++)
            {
                double t = n / 24.0;
                renderer.Submit(plan.World.Sample(t), CameraTrack.For(plan.Shots.ShotAt(t), plan.World).Sample(t));
            }
            renderer.Flush();
            return hashes;
        }
        var run = Render(0, 30);
        Assert.Equal(run[20..], Render(20, 30));
    }

    [Fact]
    public void A_cancelled_shoot_leaves_no_film_and_no_temporary_file()
    {
        var plan = Planning.Plan(new FilmSource.Prompt(Prompt), new PlanOverrides(Duration: 6, Width: 320, Height: 180, Seed: 4));
        string outDir = Directory.CreateDirectory(Path.Combine(dir, "out")).FullName, cache = Path.Combine(dir, "cache");
        string film = Path.Combine(outDir, "film.mp4");
        using var cancel = new CancellationTokenSource();
        var options = new ShootOptions(film, Progress: new Listener(p => { if (p.Stage == "frames" && p.Frame >= 30) cancel.Cancel(); })) { CacheDirectory = cache };
        Assert.ThrowsAny<OperationCanceledException>(() => Shoot.Run(plan, options, cancel.Token));
        Assert.Empty(Directory.GetFileSystemEntries(outDir));
        Assert.Empty(Directory.GetFiles(Path.Combine(cache, "segments"), ".*"));

        var report = Shoot.Run(plan, options with { Progress = null }, CancellationToken.None);
        Assert.Equal(6 * 24, Films.FrameHashes(film).Length);
        Assert.Equal(["film.mp4", "film.srt", "film.vtt", "score.mid", "stems"], Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName).Order());
        Assert.True(report.SegmentsRendered <= report.Segments);
    }

    [Fact]
    public void A_worker_that_keeps_failing_stops_the_shoot_with_its_cause_and_no_film()
    {
        var plan = Planning.Plan(new FilmSource.Prompt(Prompt), new PlanOverrides(Duration: 12, Width: 320, Height: 180, Seed: 4));
        string outDir = Directory.CreateDirectory(Path.Combine(dir, "out")).FullName;
        string film = Path.Combine(outDir, "film.mp4");
        var notes = new List<string>();
        var options = new ShootOptions(film, Progress: new Listener(p => { if (p.Note is { } n) lock (notes) notes.Add(n); }))
        {
            CacheDirectory = Path.Combine(dir, "cache"),
            Workers = 2,
            WorkerCommand = ["sh", "-c", "echo 'out of film stock' >&2; exit 3", "worker"],
        };
        var e = Assert.Throws<ShootFailedException>(() => Shoot.Run(plan, options));
        Assert.Contains("failed twice", e.Message);
        Assert.Contains("out of film stock", e.Message);
        Assert.Contains(notes, n => n.Contains("trying it again") && n.Contains("exit code 3"));
        Assert.Empty(Directory.GetFileSystemEntries(outDir));
    }
}
