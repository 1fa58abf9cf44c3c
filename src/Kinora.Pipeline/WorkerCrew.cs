using System.Diagnostics;
using System.Text;

namespace Kinora.Pipeline;

/// <summary>
/// Shoots segments in parallel worker processes (the kinora command itself, run as <c>kinora __segment JOB</c>),
/// each with its own renderer and encoder; see <see cref="SegmentWorker"/> for the other side. Which worker
/// shoots which segment does not matter: a segment's file depends only on its key. A segment that fails, or
/// whose worker dies, is reported with its cause and tried once more in a fresh worker; a second failure stops
/// the shoot.
/// </summary>
public sealed class WorkerCrew(IReadOnlyList<string> command, string jobPath, int size)
{
    /// <summary>
    /// The default crew for frames of a size: half the cores, no more than one per 2 GiB of memory. On two cores, two
    /// workers for frames from 720p up to 1440p when there are 8 GiB and segments enough to share, else one. A
    /// second rendering context fills the moments one context leaves a core idle (its feeding thread setting up
    /// the next pass while the raster threads wait, the encoder's start and finish at each segment): on the
    /// 2-minute 1080p film, 1.93 cores busy instead of 1.83 and 6 % less wall time, for 2.3 GiB of memory instead
    /// of 1.0 (bench/RESULTS.md). At 4K one worker keeps both cores busy with its raster threads already, and two
    /// would take the render past 2 GiB; small frames are not worth a second process's start.
    /// </summary>
    public static int DefaultSize(int width, int height, int segments)
    {
        int cores = Environment.ProcessorCount;
        long memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        long pixels = (long)width * height;
        if (cores <= 2)
            return pixels >= 1280L * 720 && pixels <= 2560L * 1440 && segments >= 4 && memory >= 8L << 30 ? 2 : 1;
        return (int)Math.Clamp(Math.Min(cores / 2, memory / (2L << 30)), 1, 64);
    }

    /// <summary>What the workers' renderer said it is, once one has started.</summary>
    public string? Renderer { get; private set; }

    /// <summary>Shoots the segments; framesDone hears (segment, frames done in it), segmentDone each finished segment.</summary>
    public void Shoot(IReadOnlyList<Segment> segments, Action<Segment, long> framesDone, Action<Segment> segmentDone, Action<string> note, CancellationToken ct)
    {
        var queue = new Queue<(Segment Segment, int Attempt)>(segments.Select(s => (s, 1)));
        int busy = 0;
        string? failure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var gate = new object();

        void Crew()
        {
            Worker? worker = null;
            try
            {
                while (true)
                {
                    (Segment Segment, int Attempt) next;
                    lock (gate)
                    {
                        // Wait while a colleague's segment may still fail and come back to the queue.
                        while (queue.Count == 0 && busy > 0 && !stop.IsCancellationRequested) Monitor.Wait(gate);
                        if (queue.Count == 0 || stop.IsCancellationRequested) return;
                        next = queue.Dequeue();
                        busy++;
                    }
                    string? cause;
                    try
                    {
                        worker ??= Worker.Start(command, jobPath, size, stop.Token);
                        lock (gate) Renderer ??= worker.Renderer;
                        cause = worker.Shoot(next.Segment, done => framesDone(next.Segment, done), stop.Token);
                    }
                    catch (Exception e) when (e is WorkerFailedException or IOException or InvalidOperationException) { cause = e.Message; }
                    if (cause is not null && worker is { Alive: false }) { worker.Dispose(); worker = null; }
                    lock (gate)
                    {
                        busy--;
                        if (cause is null) segmentDone(next.Segment);
                        else if (stop.IsCancellationRequested) { }
                        else if (next.Attempt == 1)
                        {
                            note($"segment {next.Segment.Index} (frames {next.Segment.FirstFrame}–{next.Segment.EndFrame - 1}) failed: {cause}; trying it again");
                            queue.Enqueue((next.Segment, 2));
                        }
                        else
                        {
                            failure ??= $"segment {next.Segment.Index} (frames {next.Segment.FirstFrame}–{next.Segment.EndFrame - 1}) failed twice: {cause}";
                            stop.Cancel();
                        }
                        Monitor.PulseAll(gate);
                    }
                }
            }
            catch (Exception e)
            {
                // Whatever breaks here stops the shoot with its cause, rather than the process.
                lock (gate) failure ??= $"a worker thread failed: {e.Message}";
                stop.Cancel();
            }
            finally
            {
                worker?.Dispose();
                lock (gate) Monitor.PulseAll(gate);
            }
        }

        using (stop.Token.Register(() => { lock (gate) Monitor.PulseAll(gate); }))
        {
            var threads = Enumerable.Range(0, Math.Max(1, Math.Min(size, segments.Count)))
                .Select(i => new Thread(Crew) { IsBackground = true, Name = $"worker {i}" }).ToList();
            foreach (var t in threads) t.Start();
            foreach (var t in threads) t.Join();
        }
        if (failure is not null) throw new ShootFailedException(failure);
        ct.ThrowIfCancellationRequested();
    }

    /// <summary>One worker process and its two pipes.</summary>
    sealed class Worker : IDisposable
    {
        readonly Process process;
        readonly StringBuilder errors = new();

        Worker(Process process) => this.process = process;

        public string Renderer { get; private set; } = "";

        public bool Alive => !process.HasExited;

        public static Worker Start(IReadOnlyList<string> command, string jobPath, int crewSize, CancellationToken ct)
        {
            var psi = new ProcessStartInfo(command[0])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in command.Skip(1)) psi.ArgumentList.Add(a);
            psi.ArgumentList.Add(SegmentWorker.Command);
            psi.ArgumentList.Add(jobPath);
            // llvmpipe starts a thread per core; several workers share the cores instead of each taking all of them.
            // Its pixels do not depend on the thread count.
            if (Environment.GetEnvironmentVariable("LP_NUM_THREADS") is null)
                psi.Environment["LP_NUM_THREADS"] = Math.Max(1, Environment.ProcessorCount / crewSize).ToString();
            Process process;
            try { process = Process.Start(psi) ?? throw new WorkerFailedException($"could not start {command[0]}"); }
            catch (System.ComponentModel.Win32Exception e) { throw new WorkerFailedException($"could not start the worker {command[0]}: {e.Message}"); }
            var worker = new Worker(process);
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (worker.errors) { if (worker.errors.Length < 8192) worker.errors.AppendLine(e.Data); } };
            process.BeginErrorReadLine();
            using (ct.Register(worker.Stop))
            {
                while (process.StandardOutput.ReadLine() is { } line)
                {
                    if (line.StartsWith("ready ", StringComparison.Ordinal)) { worker.Renderer = line[6..]; return worker; }
                    if (line.StartsWith("fatal ", StringComparison.Ordinal)) { worker.Dispose(); throw new WorkerFailedException(line[6..]); }
                }
            }
            string cause = worker.Died();
            worker.Dispose();
            throw new WorkerFailedException(cause);
        }

        /// <summary>Shoots one segment; null when it is done, else why it failed.</summary>
        public string? Shoot(Segment segment, Action<long> framesDone, CancellationToken ct)
        {
            try
            {
                process.StandardInput.WriteLine(segment.Index);
                process.StandardInput.Flush();
            }
            catch (IOException) { return Died(); }
            using (ct.Register(Stop))
            {
                while (process.StandardOutput.ReadLine() is { } line)
                {
                    string[] words = line.Split(' ', 3);
                    if (words.Length < 2 || words[1] != segment.Index.ToString()) continue;
                    switch (words[0])
                    {
                        case "frames" when words.Length == 3 && long.TryParse(words[2], out long done): framesDone(done); break;
                        case "done": return null;
                        case "failed": return words.Length == 3 ? words[2] : "no cause given";
                    }
                }
            }
            return Died();
        }

        /// <summary>Asks the worker to stop: its standard input closes, it abandons the segment in hand.</summary>
        void Stop()
        {
            try { process.StandardInput.Close(); } catch (IOException) { } catch (InvalidOperationException) { }
        }

        string Died()
        {
            if (!process.WaitForExit(10_000)) { try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } process.WaitForExit(); }
            process.WaitForExit();   // drains the standard-error reader
            string said;
            lock (errors) said = errors.ToString().Trim();
            return $"the worker stopped (exit code {process.ExitCode})" + (said.Length > 0 ? ": " + said.ReplaceLineEndings(" ") : "");
        }

        public void Dispose()
        {
            Stop();
            try
            {
                if (!process.WaitForExit(10_000)) process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
            catch (InvalidOperationException) { }
            process.Dispose();
        }
    }
}
