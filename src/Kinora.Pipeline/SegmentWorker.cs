using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Kinora.Render;

namespace Kinora.Pipeline;

/// <summary>
/// The worker side of <see cref="WorkerCrew"/>: `kinora __segment JOB.json`. It plans the film again from the
/// job, checks that every segment key matches the parent's, then shoots the segments whose indices arrive on
/// standard input, one per line, and answers on standard output, one line per event:
/// <c>ready RENDERER</c>, <c>frames INDEX DONE</c>, <c>done INDEX</c>, <c>failed INDEX CAUSE</c>, <c>fatal CAUSE</c>.
/// Standard input closing (the parent finished, or died) stops it, abandoning any segment in hand.
/// </summary>
public static class SegmentWorker
{
    public const string Command = "__segment";

    public static int Run(string jobPath) => Run(SegmentJob.FromJson(File.ReadAllText(jobPath)), Console.In, Console.Out);

    public static int Run(SegmentJob job, TextReader input, TextWriter output)
    {
        using var cancel = new CancellationTokenSource();
        using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; cancel.Cancel(); });
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; cancel.Cancel(); });
        void Say(string line)
        {
            output.WriteLine(line);
            output.Flush();
        }

        SegmentPlan segments;
        FilmPlan plan;
        RenderOptions options;
        SegmentCamera camera;
        var cache = new RenderCache(job.CacheDirectory);
        try
        {
            var origin = job.Origin;
            plan = Planning.Plan(origin.Source, origin.Overrides);
            options = Shoot.RenderOptionsFor(plan.Production, job.Backend, job.RenderScale);
            segments = SegmentPlan.For(plan, options);
            if (!segments.Segments.Select(s => s.Key).SequenceEqual(job.Keys))
            {
                Say("fatal the production changed on disk while the film was rendering; run the command again");
                return 1;
            }
            cache.Create();
            // The parent mixed the soundtrack before handing out segments: its lip-sync is in the cache.
            string mouths = cache.SoundtrackMouthsFile(segments.SoundtrackKey);
            camera = new SegmentCamera(plan, options, cache, File.Exists(mouths) ? MouthTrackFile.Read(File.ReadAllText(mouths)) : null);
        }
        catch (Exception e)
        {
            Say("fatal " + OneLine(e));
            return 1;
        }

        var commands = new BlockingCollection<int>();
        var reader = new Thread(() =>
        {
            try
            {
                while (input.ReadLine() is { } line)
                    if (int.TryParse(line.Trim(), out int index)) commands.Add(index);
            }
            catch (IOException) { }
            finally
            {
                commands.CompleteAdding();
                cancel.Cancel();
            }
        }) { IsBackground = true, Name = "segment commands" };
        reader.Start();

        try
        {
            Say("ready " + camera.Description);
            foreach (int index in commands.GetConsumingEnumerable())
            {
                if (cancel.IsCancellationRequested) break;
                if (index < 0 || index >= segments.Segments.Length) { Say($"failed {index} no such segment"); continue; }
                var segment = segments.Segments[index];
                try
                {
                    if (!camera.Usable)
                    {
                        camera.Dispose();
                        camera = new SegmentCamera(plan, options, cache);
                    }
                    camera.Shoot(segment, done => Say($"frames {index} {done}"), cancel.Token);
                    Say($"done {index}");
                }
                catch (OperationCanceledException) { break; }
                catch (Exception e) { Say($"failed {index} {OneLine(e)}"); }
            }
            return cancel.IsCancellationRequested && commands.Count > 0 ? 1 : 0;
        }
        finally { camera.Dispose(); }
    }

    static string OneLine(Exception e) => $"{e.GetType().Name}: {e.Message}".ReplaceLineEndings(" ");
}
