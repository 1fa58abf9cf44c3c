using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Kinora.Audio;
using Kinora.World;

namespace Kinora.Pipeline;

/// <summary>
/// The soundtrack, made while the camera rolls. The dialogue is spoken first, since the cast's mouths follow it;
/// the score, ambience, foley, the mix and its stems are then made on a thread of their own while the frames
/// render, and land in the render cache under the soundtrack's key. On two cores the renderer leaves a tenth of
/// them idle, and the mix used to hold both back for half a minute of a ten-minute film before the first frame.
/// A mix that fails cancels the shoot at once (<see cref="Token"/>), so its error is not found only after the film.
/// </summary>
sealed class SoundtrackMix : IDisposable
{
    readonly CancellationTokenSource shoot;
    readonly Task<double>? mixing;
    readonly double cachedLufs;

    SoundtrackMix(ImmutableArray<SpokenLine> lines, MouthTrack mouths, CancellationTokenSource shoot, Task<double>? mixing, double cachedLufs)
    {
        Lines = lines;
        Mouths = mouths;
        this.shoot = shoot;
        this.mixing = mixing;
        this.cachedLufs = cachedLufs;
    }

    /// <summary>The spoken lines as they sit in the mix (the subtitles).</summary>
    public ImmutableArray<SpokenLine> Lines { get; }

    /// <summary>The lip-sync the pictures need.</summary>
    public MouthTrack Mouths { get; }

    /// <summary>False when the soundtrack came whole from the cache.</summary>
    public bool Mixed => mixing is not null;

    /// <summary>The shoot's cancellation: the caller's, or the mix's failure.</summary>
    public CancellationToken Token => shoot.Token;

    /// <summary>Why the mix failed, once it has.</summary>
    public Exception? Failure => mixing is { IsFaulted: true } ? mixing.Exception!.InnerException : null;

    /// <summary>
    /// Takes the soundtrack from the cache, or speaks its dialogue (writing the lip-sync to the cache for worker
    /// processes) and starts the rest of the mix.
    /// </summary>
    public static SoundtrackMix Start(WorldModel world, RenderCache cache, string key, CancellationToken ct) =>
        Start(world, cache, key, SoundtrackOptions.Default, ct);

    /// <summary>As above with other mixing options (tests); the soundtrack's key must say what they change.</summary>
    internal static SoundtrackMix Start(WorldModel world, RenderCache cache, string key, SoundtrackOptions options, CancellationToken ct)
    {
        var shoot = CancellationTokenSource.CreateLinkedTokenSource(ct);
        try
        {
            string report = cache.SoundtrackReportFile(key), linesFile = cache.SoundtrackLinesFile(key), mouthsFile = cache.SoundtrackMouthsFile(key);
            if (Cached(cache, key) && File.Exists(mouthsFile)
                && double.TryParse(File.ReadAllText(report), NumberStyles.Float, CultureInfo.InvariantCulture, out double cached)
                && JsonSerializer.Deserialize<SpokenLine[]>(File.ReadAllText(linesFile)) is { } cachedLines)
                return new SoundtrackMix([.. cachedLines], MouthTrackFile.Read(File.ReadAllText(mouthsFile)), shoot, null, cached);

            var dialogue = SoundtrackMixer.Speak(world, options, ct);
            // The lip-sync stands on its own: a worker reads it from here before the mix is done.
            Place(mouthsFile, MouthTrackFile.Write(dialogue.Mouths));
            var mixing = Task.Factory.StartNew(() => MixInto(world, dialogue, options, cache, key, shoot.Token), shoot.Token,
                TaskCreationOptions.LongRunning, TaskScheduler.Default);
            mixing.ContinueWith(_ => { try { shoot.Cancel(); } catch (ObjectDisposedException) { } }, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return new SoundtrackMix(dialogue.Lines, dialogue.Mouths, shoot, mixing, double.NaN);
        }
        catch
        {
            shoot.Dispose();
            throw;
        }
    }

    /// <summary>Waits for the mix and returns its integrated loudness in LUFS; throws what made it fail.</summary>
    public double Finish()
    {
        return mixing is null ? cachedLufs : mixing.GetAwaiter().GetResult();
    }

    /// <summary>Stops a mix still running (the shoot failed or was stopped) and waits until its files are cleaned up.</summary>
    public void Dispose()
    {
        if (mixing is { IsCompleted: false })
        {
            shoot.Cancel();
            try { mixing.Wait(); } catch (AggregateException) { }
        }
        shoot.Dispose();
    }

    static double MixInto(WorldModel world, DialogueTrack dialogue, SoundtrackOptions options, RenderCache cache, string key, CancellationToken ct)
    {
        string wav = cache.SoundtrackFile(key), report = cache.SoundtrackReportFile(key), linesFile = cache.SoundtrackLinesFile(key);
        string partialWav = RenderCache.Partial(wav), partialReport = RenderCache.Partial(report), partialLines = RenderCache.Partial(linesFile);
        try
        {
            // The score and stems land under their keys first, the soundtrack itself last of all.
            var sound = SoundtrackMixer.Mix(world, dialogue, FilesFor(cache, key) with { Mix = partialWav }, options, ct);
            File.WriteAllText(partialReport, sound.IntegratedLufs.ToString("R", CultureInfo.InvariantCulture));
            File.WriteAllText(partialLines, JsonSerializer.Serialize(sound.Lines.ToArray()));
            // The reports first: a WAV under its key always has its loudness and lines beside it.
            File.Move(partialReport, report, overwrite: true);
            File.Move(partialLines, linesFile, overwrite: true);
            File.Move(partialWav, wav, overwrite: true);
            return sound.IntegratedLufs;
        }
        finally
        {
            TryDelete(partialWav);
            TryDelete(partialReport);
            TryDelete(partialLines);
        }
    }

    /// <summary>The soundtrack's score and stems in the cache, under the soundtrack's key.</summary>
    public static SoundtrackFiles FilesFor(RenderCache cache, string key) => new(cache.SoundtrackFile(key))
    {
        Score = cache.SoundtrackScoreFile(key),
        Dialogue = cache.SoundtrackStemFile(key, "dialogue"),
        Music = cache.SoundtrackStemFile(key, "music"),
        Effects = cache.SoundtrackStemFile(key, "effects"),
    };

    /// <summary>Whether the whole soundtrack, its reports and its lip-sync are in the cache.</summary>
    public static bool Cached(RenderCache cache, string key)
    {
        var files = FilesFor(cache, key);
        return new[] { files.Mix, files.Score!, files.Dialogue!, files.Music!, files.Effects!, cache.SoundtrackReportFile(key),
            cache.SoundtrackLinesFile(key), cache.SoundtrackMouthsFile(key) }.All(File.Exists);
    }

    static void Place(string path, string text)
    {
        string partial = RenderCache.Partial(path);
        try
        {
            File.WriteAllText(partial, text);
            File.Move(partial, path, overwrite: true);
        }
        finally { TryDelete(partial); }
    }

    static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
