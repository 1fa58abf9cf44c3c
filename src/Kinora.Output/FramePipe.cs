using System.Collections.Concurrent;
using System.IO.Pipes;
using System.Runtime.InteropServices;

namespace Kinora.Output;

/// <summary>
/// Frames on their way into ffmpeg's standard input, written by a thread of their own. The renderer hands a
/// frame over with a copy (a third of a millisecond for a 1080p frame) and goes back to drawing, instead of
/// waiting in the kernel while ffmpeg takes the frame 64 kB at a time: on two cores, every moment the thread
/// that feeds llvmpipe spends blocked on the pipe is a moment llvmpipe's raster threads may have nothing to do.
/// Frames stay in order; at most <see cref="Depth"/> wait, so a stalled encoder holds the renderer back rather
/// than filling memory. The pipe itself is widened to a megabyte where the kernel allows, so a frame crosses in a
/// few writes, not dozens.
/// </summary>
public sealed class FramePipe : IDisposable
{
    /// <summary>Frames that may wait for the encoder before the renderer is made to wait too.</summary>
    public const int Depth = 3;

    const int PipeBytes = 1 << 20;
    readonly Stream stdin;
    readonly int frameBytes;
    readonly BlockingCollection<byte[]> waiting = new(Depth);
    readonly BlockingCollection<byte[]> spare = new();
    readonly Thread writer;
    int buffers;
    volatile IOException? failure;

    public FramePipe(Stream stdin, int frameBytes)
    {
        this.stdin = stdin;
        this.frameBytes = frameBytes;
        Widen(stdin);
        writer = new Thread(Drain) { IsBackground = true, Name = "frames to ffmpeg" };
        writer.Start();
    }

    /// <summary>The write that failed, once one has: ffmpeg stopped taking frames.</summary>
    public IOException? Failure => failure;

    /// <summary>Queues a copy of the frame; waits only while <see cref="Depth"/> frames are already queued.</summary>
    public void Write(ReadOnlySpan<byte> frame)
    {
        if (failure is { } e) throw e;
        if (!spare.TryTake(out var buffer))
            buffer = Interlocked.Increment(ref buffers) <= Depth + 1 ? new byte[frameBytes] : spare.Take();
        frame.CopyTo(buffer);
        waiting.Add(buffer);
    }

    /// <summary>Waits until every queued frame is in the pipe (or the pipe failed); nothing may be written after.</summary>
    public void Close()
    {
        if (!waiting.IsAddingCompleted) waiting.CompleteAdding();
        writer.Join();
        if (failure is { } e) throw e;
    }

    void Drain()
    {
        foreach (var buffer in waiting.GetConsumingEnumerable())
        {
            // After a failure the rest are dropped, but still handed back, so a writer waiting for a buffer wakes up
            // and sees the failure.
            if (failure is null)
            {
                try { stdin.Write(buffer); }
                catch (IOException e) { failure = e; }
                catch (ObjectDisposedException) { failure = new IOException("the pipe to ffmpeg was closed"); }
            }
            spare.Add(buffer);
        }
    }

    /// <summary>Stops the writer without waiting for the queue: the encoder is being abandoned.</summary>
    public void Dispose()
    {
        failure ??= new IOException("the encoder was abandoned");
        if (!waiting.IsAddingCompleted) waiting.CompleteAdding();
        writer.Join();
        waiting.Dispose();
        spare.Dispose();
    }

    // F_SETPIPE_SZ: the pipe's buffer in bytes, up to /proc/sys/fs/pipe-max-size (a megabyte by default). A pipe
    // that cannot be widened keeps its 64 kB and works the same, only with more wake-ups.
    const int SetPipeSize = 1031;

    [DllImport("libc", SetLastError = true)]
    static extern int fcntl(int fd, int command, int argument);

    static void Widen(Stream stream)
    {
        if (!OperatingSystem.IsLinux() || stream is not PipeStream pipe) return;
        try { _ = fcntl((int)pipe.SafePipeHandle.DangerousGetHandle(), SetPipeSize, PipeBytes); }
        catch (EntryPointNotFoundException) { }
        catch (DllNotFoundException) { }
    }
}
