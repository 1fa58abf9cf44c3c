using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Kinora.Output;

/// <summary>
/// Joins video-only segments (each encoded by <see cref="FilmEncoder"/> with the same settings, so each starts
/// with an IDR frame and carries the same parameter sets) into one film by stream copy through ffmpeg's concat
/// demuxer, adds the soundtrack as AAC, and writes the film to a temporary file beside the destination that is
/// renamed only when ffmpeg has finished cleanly. No frame is re-encoded.
/// </summary>
public static class FilmAssembler
{
    /// <summary>One segment file and how many frames it holds.</summary>
    public readonly record struct Part(string Path, long Frames);

    /// <param name="subtitlesSrt">SubRip subtitles to carry as the film's mov_text track, or null.</param>
    public static void Assemble(IReadOnlyList<Part> parts, EncoderSettings settings, string? audioWav, string destination,
        string? title = null, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken ct = default, string? subtitlesSrt = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0) throw new ArgumentException("a film needs at least one segment", nameof(parts));
        destination = Path.GetFullPath(destination);
        string dir = Path.GetDirectoryName(destination)!;
        Directory.CreateDirectory(dir);
        string stem = "." + Path.GetFileNameWithoutExtension(destination) + $".partial-{Environment.ProcessId}";
        string temporary = Path.Combine(dir, stem + ".mp4");
        string list = Path.Combine(dir, stem + ".txt");
        try
        {
            File.WriteAllText(list, ConcatList(parts, settings.Fps));
            var psi = new ProcessStartInfo(Tools.Ffmpeg) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            var a = psi.ArgumentList;
            foreach (var s in new[] { "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-f", "concat", "-safe", "0", "-i", list }) a.Add(s);
            if (audioWav is not null) { a.Add("-i"); a.Add(audioWav); }
            if (subtitlesSrt is not null) { a.Add("-i"); a.Add(subtitlesSrt); }
            a.Add("-map"); a.Add("0:v:0");
            if (audioWav is not null) { a.Add("-map"); a.Add("1:a:0"); }
            if (subtitlesSrt is not null)
            {
                a.Add("-map"); a.Add($"{(audioWav is null ? 1 : 2)}:s:0");
                foreach (var s in new[] { "-c:s", "mov_text", "-metadata:s:s:0", "language=eng", "-metadata:s:s:0", "handler_name=Dialogue" }) a.Add(s);
            }
            a.Add("-c:v"); a.Add("copy");
            Mp4Output.Add(a, settings, audioWav is not null, title, metadata, temporary);

            using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start ffmpeg");
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            using (ct.Register(() => { try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } }))
                process.WaitForExit();
            ct.ThrowIfCancellationRequested();
            if (process.ExitCode != 0) throw new EncoderException($"ffmpeg could not assemble the film (exit code {process.ExitCode}): {stderr.Result.Trim()}");
            File.Move(temporary, destination, overwrite: true);
        }
        finally
        {
            TryDelete(temporary);
            TryDelete(list);
        }
    }

    /// <summary>
    /// The concat list. Each part's duration is given so that joints fall exactly on frame times: durations are
    /// differences of cumulative start times rounded to microseconds (the demuxer's unit), so rounding never
    /// accumulates along a long film and no frame is dropped or doubled at a joint.
    /// </summary>
    static string ConcatList(IReadOnlyList<Part> parts, int fps)
    {
        var text = new StringBuilder("ffconcat version 1.0\n");
        long frame = 0;
        foreach (var part in parts)
        {
            long startUs = Microseconds(frame, fps), endUs = Microseconds(frame + part.Frames, fps);
            text.Append("file '").Append(Path.GetFullPath(part.Path).Replace("'", "'\\''")).Append("'\n");
            text.Append("duration ").Append(((endUs - startUs) / 1e6).ToString("0.000000", CultureInfo.InvariantCulture)).Append('\n');
            frame += part.Frames;
        }
        return text.ToString();
    }

    static long Microseconds(long frame, int fps) => (long)Math.Round(frame * 1_000_000.0 / fps, MidpointRounding.AwayFromZero);

    static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
