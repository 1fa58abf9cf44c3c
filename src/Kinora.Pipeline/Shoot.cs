using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Kinora.Audio;
using Kinora.Output;
using Kinora.Output.Exports;
using Kinora.Render;
using Kinora.World;

namespace Kinora.Pipeline;

/// <summary>
/// How to shoot: where the film goes, which renderer backend, who hears about progress, the render scale, how
/// many worker processes (0: <see cref="WorkerCrew.DefaultSize"/> for the film's frames), the render cache folder (null: as
/// <see cref="RenderCache.For"/> says for the plan's source), and the command that starts a worker (the kinora
/// executable and any leading arguments; null: workers are not available and segments are shot in this process).
/// </summary>
public sealed record ShootOptions(string Output, RenderBackend Backend = RenderBackend.Auto, IProgress<ShootProgress>? Progress = null, float RenderScale = 0)
{
    public int Workers { get; init; }

    public string? CacheDirectory { get; init; }

    /// <summary>Bytes the render cache is pruned to after the film is made (null: $KINORA_CACHE_LIMIT or 20 GiB).</summary>
    public long? CacheLimit { get; init; }

    public IReadOnlyList<string>? WorkerCommand { get; init; }
}

/// <summary>
/// Where a shoot stands: frames done of the total (frames from the cache count as done at once), frames per
/// second over the frames rendered so far, the estimated seconds left, and segments done of the total.
/// </summary>
public readonly record struct ShootProgress(string Stage, long Frame, long Frames, double FramesPerSecond, double EtaSeconds, int Segment = 0, int Segments = 0)
{
    /// <summary>For stage "note": something the person should know, such as a segment that failed and is tried again.</summary>
    public string? Note { get; init; }
}

/// <summary>
/// What a finished shoot measured: the film's path, its frames, wall seconds in all and rendering, the renderer,
/// the soundtrack's loudness, and how many of its segments were rendered now rather than found in the cache.
/// </summary>
public sealed record ShootReport(string Film, long Frames, double Seconds, double RenderSeconds, string Renderer, double IntegratedLufs,
    int Segments = 0, int SegmentsRendered = 0, bool SoundtrackMixed = false);

/// <summary>
/// Films a plan in segments: cuts it on shot boundaries (<see cref="SegmentPlan"/>), renders each segment that is
/// not already in the render cache (in this process, or in parallel worker processes) to its own closed-GOP
/// H.264 file, mixes or reuses the soundtrack, then joins the segments by stream copy with the soundtrack into
/// the film, which appears at its path only when complete. A shoot stopped at any moment, kill -9 included,
/// resumes from the segments finished before; the frames are the same as an uninterrupted shoot's. Memory stays
/// flat whatever the film's length.
/// </summary>
public static class Shoot
{
    public static ShootReport Run(FilmPlan plan, ShootOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var production = plan.Production;
        var format = production.Bible.Format;
        var clock = Stopwatch.StartNew();
        string output = Path.GetFullPath(options.Output);
        string outputDir = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(outputDir);
        RenderCache.Sweep(outputDir, Path.GetFileNameWithoutExtension(output));

        var renderOptions = RenderOptionsFor(production, options.Backend, options.RenderScale);
        var cut = SegmentPlan.For(plan, renderOptions);
        var cache = options.CacheDirectory is { } dir ? new RenderCache(Path.GetFullPath(dir)) : RenderCache.For(plan.Origin?.Source);
        cache.Create();
        cache.Sweep();

        long cacheLimit = options.CacheLimit ?? CacheUsage.Limit();
        var keep = cut.Segments.Select(s => s.Key).Append(cut.SoundtrackKey).ToHashSet(StringComparer.Ordinal);
        cache.Touch(keep);
        var todo = cut.Segments.Where(s => !File.Exists(cache.SegmentFile(s.Key))).ToList();
        var soundFiles = SoundtrackMix.FilesFor(cache, cut.SoundtrackKey);
        bool soundCached = SoundtrackMix.Cached(cache, cut.SoundtrackKey);
        long soundBytes = DiskBudget.SoundBytes(production.Duration) + DiskBudget.StemBytes(production.Duration);
        DiskBudget.Check(cache.Directory,
            DiskBudget.VideoBytes(todo.Sum(s => s.FrameCount), format.Width, format.Height) + (soundCached ? 0 : soundBytes),
            outputDir,
            DiskBudget.VideoBytes(cut.Frames, format.Width, format.Height) + soundBytes);

        var progress = new ShootTally(options.Progress, cut.Frames, cut.Segments.Length, cut.Segments.Length - todo.Count,
            cut.Frames - todo.Sum(s => s.FrameCount));
        // The dialogue first (the mouths follow it); the rest of the soundtrack is mixed while the frames render.
        progress.Stage("sound");
        using var sound = SoundtrackMix.Start(plan.World, cache, cut.SoundtrackKey, ct);
        var (lines, mouths) = (sound.Lines, sound.Mouths);

        string renderer = "render cache";
        var renderClock = Stopwatch.StartNew();
        progress.Stage("frames");
        try
        {
            if (todo.Count > 0)
            {
                int workers = options.Workers > 0 ? options.Workers : WorkerCrew.DefaultSize(format.Width, format.Height, todo.Count);
                if (workers > 1 && todo.Count > 1 && plan.Origin is { } origin && options.WorkerCommand is { Count: > 0 } command)
                    renderer = ShootInWorkers(origin, options, cache, cut, todo, workers, command, progress, sound.Token);
                else
                    renderer = ShootHere(plan, renderOptions, cache, mouths, todo, progress, sound.Token);
            }
            // Another render sharing the cache may have pruned a segment this one found there at the start.
            var vanished = cut.Segments.Where(s => !File.Exists(cache.SegmentFile(s.Key))).ToList();
            if (vanished.Count > 0)
            {
                progress.Note($"{vanished.Count} cached segments were removed while this film rendered; rendering them again");
                renderer = ShootHere(plan, renderOptions, cache, mouths, vanished, progress, sound.Token);
            }
        }
        catch (OperationCanceledException) when (sound.Failure is { } failure)
        {
            // The mix failed and stopped the frames: its error is the one to report.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
        double renderSeconds = renderClock.Elapsed.TotalSeconds;
        double lufs = sound.Finish();

        progress.Stage("assemble");
        var metadata = new Dictionary<string, string>
        {
            ["comment"] = $"Kinora; seed {production.Bible.Seed}",
            ["kinora_seed"] = production.Bible.Seed.ToString(CultureInfo.InvariantCulture),
        };
        // Subtitles go inside the film as a mov_text track and beside it as .srt and .vtt.
        string srt = Subtitles.Srt(lines), vtt = Subtitles.Vtt(lines);
        string? srtFile = null;
        if (lines.Length > 0)
        {
            srtFile = RenderCache.Partial(Path.Combine(cache.Directory, "subtitles-" + cut.SoundtrackKey + ".srt"));
            File.WriteAllText(srtFile, srt);
        }
        try
        {
            FilmAssembler.Assemble([.. cut.Segments.Select(s => new FilmAssembler.Part(cache.SegmentFile(s.Key), s.FrameCount))],
                EncoderSettings.For(format.Width, format.Height, format.Fps), cache.SoundtrackFile(cut.SoundtrackKey), output,
                production.Bible.Title, metadata, ct, srtFile);
        }
        finally
        {
            if (srtFile is not null) TryDelete(srtFile);
        }
        ProductionFolder.WriteAtomically(Path.ChangeExtension(output, ".srt"), srt);
        ProductionFolder.WriteAtomically(Path.ChangeExtension(output, ".vtt"), vtt);
        // The score and the stems go beside the film for editors: score.mid, stems/*.wav.
        CopyBeside(soundFiles.Score!, Path.Combine(outputDir, "score.mid"));
        CopyBeside(soundFiles.Dialogue!, Path.Combine(outputDir, "stems", "dialogue.wav"));
        CopyBeside(soundFiles.Music!, Path.Combine(outputDir, "stems", "music.wav"));
        CopyBeside(soundFiles.Effects!, Path.Combine(outputDir, "stems", "effects.wav"));

        var pruned = cache.Prune(cacheLimit, keep);
        if (pruned.Removed > 0)
            progress.Note($"cache: removed {pruned.Removed} entries unused for longest ({CacheUsage.Describe(pruned.BytesFreed)}) to stay under {CacheUsage.Describe(cacheLimit)}");
        return new ShootReport(output, cut.Frames, clock.Elapsed.TotalSeconds, renderSeconds, renderer, lufs,
            cut.Segments.Length, todo.Count, sound.Mixed);
    }

    /// <summary>The renderer's options for a production; part of every segment's key.</summary>
    public static RenderOptions RenderOptionsFor(Kinora.Production.Production production, RenderBackend backend, float renderScale)
    {
        var format = production.Bible.Format;
        return new RenderOptions(format.Width, format.Height, backend, production.Bible.Style.Look, production.Bible.Style.Grain,
            production.Bible.Seed, renderScale, production.Bible.Style.AspectRatio);
    }

    /// <summary>Copies a cached file into the production folder, whole or not at all.</summary>
    static void CopyBeside(string from, string to)
    {
        if (!File.Exists(from)) return; // a film without scenes has no score
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        string partial = RenderCache.Partial(to);
        try
        {
            File.Copy(from, partial, overwrite: true);
            File.Move(partial, to, overwrite: true);
        }
        finally { TryDelete(partial); }
    }

    static string ShootHere(FilmPlan plan, RenderOptions renderOptions, RenderCache cache, MouthTrack mouths, List<Segment> todo, ShootTally progress, CancellationToken ct)
    {
        SegmentCamera? camera = null;
        string description = "";
        try
        {
            foreach (var segment in todo)
            {
                for (int attempt = 1; ; attempt++)
                {
                    ct.ThrowIfCancellationRequested();
                    try
                    {
                        if (camera is { Usable: false }) { camera.Dispose(); camera = null; }
                        camera ??= new SegmentCamera(plan, renderOptions, cache, mouths);
                        description = camera.Description;
                        camera.Shoot(segment, done => progress.Frames(segment, done), ct);
                        progress.Done(segment);
                        break;
                    }
                    catch (Exception e) when (attempt == 1 && e is EncoderException or IOException)
                    {
                        progress.Retry(segment);
                        progress.Note($"segment {segment.Index} (frames {segment.FirstFrame}–{segment.EndFrame - 1}) failed: {e.Message}; trying it again");
                    }
                }
            }
        }
        finally { camera?.Dispose(); }
        return description;
    }

    static string ShootInWorkers(PlanOrigin origin, ShootOptions options, RenderCache cache, SegmentPlan cut, List<Segment> todo, int workers,
        IReadOnlyList<string> command, ShootTally progress, CancellationToken ct)
    {
        string jobPath = RenderCache.Partial(Path.Combine(cache.Work, "job.json"));
        File.WriteAllText(jobPath, SegmentJob.For(origin, options, cache, cut).ToJson());
        try
        {
            var crew = new WorkerCrew(command, jobPath, workers);
            crew.Shoot(todo, progress.Frames, progress.Done, progress.Note, ct);
            return $"{crew.Renderer}, {workers} workers";
        }
        finally { TryDelete(jobPath); }
    }

    static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
