using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kinora.Cli.Tests;

/// <summary>A 20 s film rendered once without interruption, the reference the long-render tests compare with.</summary>
public sealed class ReferenceFilm : IDisposable
{
    public const string Prompt = "A lighthouse keeper on a stormy island rescues a sailor at night and they watch the dawn together.";
    public const int Seconds = 20, Fps = 24;

    public string Dir { get; } = Directory.CreateTempSubdirectory("kinora-long-").FullName;

    public string Cache => Path.Combine(Dir, "cache-reference");

    public string Film => Path.Combine(Dir, "reference.mp4");

    public string[] Frames { get; }

    public ReferenceFilm()
    {
        var (code, err) = ChildKinora.Run(Cache, Args(Film));
        Assert.True(code == 0, err);
        Frames = Films.FrameHashes(Film);
    }

    public static string[] Args(string film, int workers = 1) =>
        ["render", "--prompt", Prompt, "--duration", Seconds.ToString(), "--size", "320x180", "--seed", "5", "--workers", workers.ToString(), "--progress", "json", "-o", film];

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}

/// <summary>Long renders: segments, the render cache, resuming after a kill, worker processes.</summary>
public sealed partial class LongRenderTests(ReferenceFilm reference) : IClassFixture<ReferenceFilm>
{
    [Fact]
    public void The_reference_has_every_frame_once()
    {
        Assert.Equal(ReferenceFilm.Seconds * ReferenceFilm.Fps, reference.Frames.Length);
        Assert.Empty(Directory.GetFiles(reference.Dir, ".*"));
    }

    [Fact]
    public void A_render_killed_at_a_random_moment_resumes_to_the_frames_of_an_uninterrupted_render()
    {
        string cache = Path.Combine(reference.Dir, "cache-killed");
        string outDir = Directory.CreateDirectory(Path.Combine(reference.Dir, "killed")).FullName;
        string film = Path.Combine(outDir, "film.mp4");
        long frames = ReferenceFilm.Seconds * ReferenceFilm.Fps;
        long killAt = Random.Shared.NextInt64(1, frames);
        int segmentsAtKill = 0;

        using (var child = Process.Start(ChildKinora.StartInfo(cache, ReferenceFilm.Args(film)))!)
        {
            _ = child.StandardOutput.ReadToEndAsync();
            while (child.StandardError.ReadLine() is { } line)
            {
                if (!line.StartsWith('{')) continue;
                using var json = JsonDocument.Parse(line);
                if (!json.RootElement.TryGetProperty("frame", out var f)) continue;
                segmentsAtKill = json.RootElement.GetProperty("segment").GetInt32();
                if (json.RootElement.GetProperty("stage").GetString() == "frames" && f.GetInt64() >= killAt)
                {
                    child.Kill();   // SIGKILL: no handler runs, no clean-up
                    break;
                }
            }
            child.WaitForExit();
        }
        Assert.False(File.Exists(film), $"killed at frame {killAt}, yet the film is there");

        var (code, err) = ChildKinora.Run(cache, ReferenceFilm.Args(film));
        Assert.True(code == 0, err);
        var m = SegmentsRendered().Match(err);
        Assert.True(m.Success, err);
        int rendered = int.Parse(m.Groups[1].Value), total = int.Parse(m.Groups[2].Value);
        Assert.True(rendered <= total - segmentsAtKill, $"killed at frame {killAt} with {segmentsAtKill} segments done, then {rendered} of {total} rendered again");
        Assert.Equal(reference.Frames, Films.FrameHashes(film));
        Assert.Equal(["film.mp4", "film.srt", "film.vtt", "score.mid", "stems"], Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName).Order());
        Assert.Empty(Directory.GetFiles(Path.Combine(cache, "segments"), ".*"));
    }

    [Fact]
    public void Two_workers_give_the_frames_of_one()
    {
        string film = Path.Combine(reference.Dir, "workers.mp4");
        var (code, err) = ChildKinora.Run(Path.Combine(reference.Dir, "cache-workers"), ReferenceFilm.Args(film, workers: 2));
        Assert.True(code == 0, err);
        Assert.Contains("2 workers", err);
        Assert.Equal(reference.Frames, Films.FrameHashes(film));
    }

    [Fact]
    public void An_unchanged_film_renders_again_from_the_cache_alone()
    {
        string film = Path.Combine(reference.Dir, "again.mp4");
        var (code, err) = ChildKinora.Run(reference.Cache, ReferenceFilm.Args(film));
        Assert.True(code == 0, err);
        var m = SegmentsRendered().Match(err);
        Assert.True(m.Success && m.Groups[1].Value == "0", err);
        Assert.Equal(reference.Frames, Films.FrameHashes(film));
    }

    [Fact]
    public void Progress_json_counts_frames_and_segments()
    {
        string film = Path.Combine(reference.Dir, "progress.mp4");
        var (code, err) = ChildKinora.Run(reference.Cache, ReferenceFilm.Args(film));
        Assert.True(code == 0, err);
        var lines = err.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var last = lines.Last(l => l.GetProperty("stage").GetString() == "assemble");
        Assert.Equal(ReferenceFilm.Seconds * ReferenceFilm.Fps, last.GetProperty("frame").GetInt64());
        Assert.Equal(last.GetProperty("segments").GetInt32(), last.GetProperty("segment").GetInt32());
        Assert.True(last.GetProperty("segments").GetInt32() >= 2);
    }

    [GeneratedRegex(@"(\d+) of (\d+) segments rendered")]
    private static partial Regex SegmentsRendered();
}
