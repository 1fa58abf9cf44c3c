using System.Diagnostics;

namespace Kinora.Pipeline;

/// <summary>
/// Counts a shoot's frames and segments as they finish, from any thread, and tells the listener. Segments
/// from the cache count as done from the start; frames per second and the ETA come from frames rendered now.
/// The wall clock here only feeds the progress display, never the film.
/// </summary>
sealed class ShootTally(IProgress<ShootProgress>? listener, long frames, int segments, int segmentsCached, long framesCached)
{
    readonly object gate = new();
    readonly Dictionary<int, long> inHand = [];
    readonly Stopwatch clock = new();
    long rendered;
    int segmentsDone = segmentsCached;
    string stage = "";
    long lastReported = -1;

    public void Stage(string name)
    {
        lock (gate)
        {
            stage = name;
            if (name == "frames") clock.Restart();
            Tell(force: true);
        }
    }

    public void Frames(Segment segment, long done)
    {
        lock (gate)
        {
            inHand.TryGetValue(segment.Index, out long before);
            inHand[segment.Index] = done;
            rendered += done - before;
            Tell(force: false);
        }
    }

    public void Done(Segment segment)
    {
        lock (gate)
        {
            inHand.TryGetValue(segment.Index, out long before);
            inHand.Remove(segment.Index);
            rendered += segment.FrameCount - before;
            segmentsDone++;
            Tell(force: true);
        }
    }

    /// <summary>A segment starts again: its frames so far no longer count.</summary>
    public void Retry(Segment segment)
    {
        lock (gate)
        {
            if (inHand.Remove(segment.Index, out long before)) rendered -= before;
        }
    }

    public void Note(string message)
    {
        lock (gate) listener?.Report(Snapshot() with { Stage = "note", Note = message });
    }

    void Tell(bool force)
    {
        if (listener is null) return;
        long done = framesCached + rendered;
        // About twice a second of film at 24 fps, whatever the number of workers.
        if (!force && done - lastReported < 12) return;
        lastReported = done;
        listener.Report(Snapshot());
    }

    ShootProgress Snapshot()
    {
        long done = framesCached + rendered;
        double seconds = clock.Elapsed.TotalSeconds;
        double fps = rendered > 0 && seconds > 0 ? rendered / seconds : 0;
        double eta = fps > 0 ? (frames - done) / fps : 0;
        return new ShootProgress(stage, done, frames, fps, eta, segmentsDone, segments);
    }
}
