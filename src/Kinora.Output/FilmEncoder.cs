using System.Diagnostics;

namespace Kinora.Output;

/// <summary>
/// ffmpeg through a pipe: raw YUV frames go to its standard input as they are rendered (by a thread of their own,
/// <see cref="FramePipe"/>, so the renderer does not wait on the encoder), the soundtrack
/// comes from a WAV file, and the film is written to a temporary file beside the destination that is renamed
/// only when ffmpeg has finished cleanly. A failed or cancelled encode leaves nothing at the destination.
/// GOPs are closed and the first frame is an IDR frame, so a film encoded in segments joins by stream copy.
/// </summary>
public sealed class FilmEncoder : IDisposable
{
    readonly Process process;
    readonly Stream stdin;
    readonly FramePipe pipe;
    readonly string destination;
    readonly string temporary;
    readonly Task<string> stderr;
    readonly int frameBytes;
    long frames;
    bool finished;

    public FilmEncoder(string destination, EncoderSettings settings, string? audioWav, string? title = null, IReadOnlyDictionary<string, string>? metadata = null)
    {
        this.destination = Path.GetFullPath(destination);
        string dir = Path.GetDirectoryName(this.destination)!;
        Directory.CreateDirectory(dir);
        temporary = Path.Combine(dir, "." + Path.GetFileNameWithoutExtension(this.destination) + $".partial-{Environment.ProcessId}.mp4");
        var input = settings.InputFrames;
        frameBytes = input.Bytes;

        var psi = new ProcessStartInfo(Tools.Ffmpeg)
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var a = psi.ArgumentList;
        foreach (var s in new[] { "-hide_banner", "-nostdin", "-loglevel", "error", "-y" }) a.Add(s);
        foreach (var s in new[] { "-f", "rawvideo", "-pix_fmt", input.PixelFormat, "-video_size", $"{input.Width}x{input.Height}",
                     "-framerate", settings.Fps.ToString(), "-color_range", "tv", "-colorspace", "bt709", "-i", "pipe:0" }) a.Add(s);
        if (audioWav is not null) { a.Add("-i"); a.Add(audioWav); }
        a.Add("-map"); a.Add("0:v:0");
        if (settings.Filter is { } filter) { a.Add("-vf"); a.Add(filter); }
        if (audioWav is not null) { a.Add("-map"); a.Add("1:a:0"); }
        foreach (var s in new[] { "-c:v", "libx264", "-preset", settings.Preset, "-crf", settings.Crf.ToString(), "-profile:v", "high",
                     "-pix_fmt", "yuv420p", "-g", (settings.Fps * 4).ToString(), "-flags", "+cgop", "-color_primaries", "bt709", "-color_trc", "bt709",
                     "-colorspace", "bt709", "-color_range", "tv" }) a.Add(s);
        if (settings.X264Params.Length > 0) { a.Add("-x264-params"); a.Add(settings.X264Params); }
        Mp4Output.Add(a, settings, audioWav is not null, title, metadata, temporary);

        process = Process.Start(psi) ?? throw new InvalidOperationException("could not start ffmpeg");
        stdin = process.StandardInput.BaseStream;
        pipe = new FramePipe(stdin, frameBytes);
        stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
    }

    public long FramesWritten => frames;

    /// <summary>Appends one planar YUV frame laid out as the settings' input (4:2:0 of the film's size by default).</summary>
    public void Write(ReadOnlySpan<byte> yuv420)
    {
        if (yuv420.Length != frameBytes) throw new ArgumentException($"a frame is {frameBytes} bytes, got {yuv420.Length}", nameof(yuv420));
        try { pipe.Write(yuv420); }
        catch (IOException e) { throw new EncoderException("ffmpeg stopped taking frames: " + Describe(e.Message)); }
        frames++;
    }

    /// <summary>Closes the stream, waits for ffmpeg, and moves the finished film to its destination.</summary>
    public void Finish()
    {
        try
        {
            pipe.Close();
            stdin.Close();
        }
        catch (IOException e) { throw new EncoderException("ffmpeg failed: " + Describe(e.Message)); }
        process.WaitForExit();
        string err = stderr.Result;
        if (process.ExitCode != 0)
        {
            TryDelete(temporary);
            throw new EncoderException($"ffmpeg exited with code {process.ExitCode}: {err.Trim()}");
        }
        File.Move(temporary, destination, overwrite: true);
        finished = true;
    }

    string Describe(string fallback)
    {
        try { if (process.WaitForExit(5000)) return stderr.Result.Trim() is { Length: > 0 } e ? e : fallback; } catch (InvalidOperationException) { }
        return fallback;
    }

    public void Dispose()
    {
        if (finished) { pipe.Dispose(); process.Dispose(); return; }
        // ffmpeg goes first, so a frame the pipe's thread is still writing fails at once instead of waiting for it.
        try { if (!process.HasExited) process.Kill(entireProcessTree: true); process.WaitForExit(); } catch (InvalidOperationException) { }
        pipe.Dispose();
        try { stdin.Dispose(); } catch (IOException) { }
        process.Dispose();
        TryDelete(temporary);
    }

    static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The encoder failed; the message carries ffmpeg's own words.</summary>
public sealed class EncoderException(string message) : Exception(message);
