using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Kinora.Pipeline;

/// <summary>
/// Where finished segments and soundtracks are kept, each under its content key. A file is written under a
/// temporary name carrying the writer's process id and renamed when complete, so a file under its key is always
/// whole; temporaries left by a process that no longer runs (a kill -9, a power cut) are swept away.
/// </summary>
public sealed partial record RenderCache(string Directory)
{
    /// <summary>
    /// The cache for a film: a production folder keeps its own (DIR/cache); anything else shares the user's,
    /// $KINORA_CACHE, else $XDG_CACHE_HOME/kinora, else ~/.cache/kinora.
    /// </summary>
    public static RenderCache For(FilmSource? source)
    {
        if (source is FilmSource.ProjectFolder folder) return new RenderCache(Path.GetFullPath(new ProductionFolder(folder.Path).Cache));
        if (Environment.GetEnvironmentVariable("KINORA_CACHE") is { Length: > 0 } explicitDir) return new RenderCache(Path.GetFullPath(explicitDir));
        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        string root = xdg is { Length: > 0 } ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return new RenderCache(Path.Combine(Path.GetFullPath(root), "kinora"));
    }

    public string Segments => Path.Combine(Directory, "segments");

    public string Sound => Path.Combine(Directory, "sound");

    /// <summary>Job files for worker processes.</summary>
    public string Work => Path.Combine(Directory, "work");

    public string SegmentFile(string key) => Path.Combine(Segments, key + ".mp4");

    public string SoundtrackFile(string key) => Path.Combine(Sound, key + ".wav");

    /// <summary>The soundtrack's measured loudness, written before the WAV is renamed into place.</summary>
    public string SoundtrackReportFile(string key) => Path.Combine(Sound, key + ".lufs");

    /// <summary>The spoken lines as the mix placed them (character, text, start, end in seconds), as JSON.</summary>
    public string SoundtrackLinesFile(string key) => Path.Combine(Sound, key + ".lines.json");

    /// <summary>The soundtrack's lip-sync (<see cref="MouthTrackFile"/>), beside its WAV.</summary>
    public string SoundtrackMouthsFile(string key) => Path.Combine(Sound, key + ".mouths.tsv");

    /// <summary>A temporary name for a file this process is writing; see <see cref="Sweep"/>.</summary>
    public static string Partial(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileNameWithoutExtension(path) + $".partial-{Environment.ProcessId}{Path.GetExtension(path)}");

    public void Create()
    {
        System.IO.Directory.CreateDirectory(Segments);
        System.IO.Directory.CreateDirectory(Sound);
        System.IO.Directory.CreateDirectory(Work);
    }

    /// <summary>
    /// Deletes the temporaries in a folder (of one file, when stem is given) whose writing process has gone;
    /// a running one's are left alone.
    /// </summary>
    public static int Sweep(string directory, string? stem = null)
    {
        if (!System.IO.Directory.Exists(directory)) return 0;
        int removed = 0;
        foreach (string file in System.IO.Directory.EnumerateFiles(directory, stem is null ? ".*" : "." + stem + ".partial-*"))
        {
            var m = PartialName().Match(Path.GetFileName(file));
            if (!m.Success || !int.TryParse(m.Groups[1].Value, out int pid) || IsRunning(pid)) continue;
            try { File.Delete(file); removed++; } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        return removed;
    }

    public void Sweep()
    {
        Sweep(Segments);
        Sweep(Sound);
        Sweep(Work);
    }

    static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    [GeneratedRegex(@"^\..*\.partial-(\d+)(\.[A-Za-z0-9]+)?$")]
    private static partial Regex PartialName();
}
