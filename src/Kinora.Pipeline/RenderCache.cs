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

    /// <summary>The score of the soundtrack under a key, as a standard MIDI file.</summary>
    public string SoundtrackScoreFile(string key) => Path.Combine(Sound, key + ".mid");

    /// <summary>One stem of the soundtrack under a key ("dialogue", "music" or "effects"), as a 32-bit float WAV.</summary>
    public string SoundtrackStemFile(string key, string stem) => Path.Combine(Sound, key + "." + stem + ".wav");

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

    /// <summary>Marks entries as used now, so that pruning drops the ones no render has used for longest.</summary>
    public void Touch(IEnumerable<string> keys)
    {
        var now = DateTime.UtcNow;
        foreach (string key in keys)
            foreach (string file in Files(key))
                try { File.SetLastWriteTimeUtc(file, now); }
                catch (IOException) { }
                catch (UnauthorizedAccessException) { }
    }

    /// <summary>What the cache holds now.</summary>
    public CacheUsage Usage()
    {
        var entries = Entries();
        return new CacheUsage(entries.Count(e => e.Segment), entries.Count(e => !e.Segment), entries.Sum(e => e.Bytes));
    }

    /// <summary>
    /// Removes whole entries, least recently used first, until the cache fits in limit bytes, never one whose
    /// key is in keep (the film being made). A render that finds one of its cached segments gone renders it again.
    /// </summary>
    public CachePrune Prune(long limit, IReadOnlySet<string>? keep = null)
    {
        var entries = Entries();
        long total = entries.Sum(e => e.Bytes);
        int removed = 0;
        long freed = 0;
        foreach (var entry in entries.OrderBy(e => e.LastUsed).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            if (total - freed <= limit) break;
            if (keep is not null && keep.Contains(entry.Key)) continue;
            bool all = true;
            foreach (string file in entry.Files)
                try { File.Delete(file); }
                catch (IOException) { all = false; }
                catch (UnauthorizedAccessException) { all = false; }
            if (!all) continue;
            removed++;
            freed += entry.Bytes;
        }
        return new CachePrune(removed, freed, Usage());
    }

    /// <summary>One finished entry: a segment, or a soundtrack with its reports.</summary>
    sealed class Entry(string key, bool segment)
    {
        public string Key { get; } = key;
        public bool Segment { get; } = segment;
        public long Bytes { get; set; }
        public DateTime LastUsed { get; set; } = DateTime.MinValue;
        public List<string> Files { get; } = [];
    }

    /// <summary>Every finished entry, with all its files (temporaries and job files are not entries).</summary>
    List<Entry> Entries()
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (folder, segment) in new[] { (Segments, true), (Sound, false) })
        {
            if (!System.IO.Directory.Exists(folder)) continue;
            foreach (var info in new DirectoryInfo(folder).EnumerateFiles())
            {
                if (info.Name.StartsWith('.')) continue;
                int dot = info.Name.IndexOf('.');
                string key = dot < 0 ? info.Name : info.Name[..dot];
                string id = (segment ? "v:" : "a:") + key;
                if (!entries.TryGetValue(id, out var entry)) entries[id] = entry = new Entry(key, segment);
                entry.Files.Add(info.FullName);
                entry.Bytes += info.Length;
                if (info.LastWriteTimeUtc > entry.LastUsed) entry.LastUsed = info.LastWriteTimeUtc;
            }
        }
        return [.. entries.Values];
    }

    IEnumerable<string> Files(string key)
    {
        string segment = SegmentFile(key);
        if (File.Exists(segment)) yield return segment;
        foreach (string file in new[] { SoundtrackFile(key), SoundtrackReportFile(key), SoundtrackLinesFile(key) })
            if (File.Exists(file)) yield return file;
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
