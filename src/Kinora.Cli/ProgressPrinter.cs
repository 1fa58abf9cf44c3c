using Kinora.Pipeline;

namespace Kinora.Cli;

/// <summary>Progress on standard error: a one-line bar in a terminal, a line now and then in a log, or JSON lines for programs.</summary>
public sealed class ProgressPrinter(string mode) : IProgress<ShootProgress>
{
    int lastPercent = -1;

    public void Report(ShootProgress p)
    {
        if (mode == "none") return;
        if (mode == "json")
        {
            Console.Error.WriteLine(p.Note is { } note
                ? System.Text.Json.JsonSerializer.Serialize(new { stage = p.Stage, note })
                : System.Text.Json.JsonSerializer.Serialize(new { stage = p.Stage, frame = p.Frame, frames = p.Frames, fps = Math.Round(p.FramesPerSecond, 2),
                    eta_s = Math.Round(p.EtaSeconds, 1), segment = p.Segment, segments = p.Segments }));
            return;
        }
        if (p.Note is { } message) { Console.Error.Write(mode == "bar" ? $"\r{message}\n" : $"{message}\n"); return; }
        if (p.Stage != "frames") { Console.Error.Write(mode == "bar" ? $"\r{p.Stage}…{new string(' ', 60)}" : $"{p.Stage}…\n"); return; }
        int percent = (int)(100 * p.Frame / Math.Max(1, p.Frames));
        string eta = TimeSpan.FromSeconds(Math.Min(p.EtaSeconds, 359999)).ToString(@"hh\:mm\:ss");
        if (mode == "bar")
        {
            int filled = percent * 30 / 100;
            Console.Error.Write($"\r[{new string('#', filled)}{new string('.', 30 - filled)}] {p.Frame}/{p.Frames} frames, {p.Segment}/{p.Segments} segments {p.FramesPerSecond:0.0} fps ETA {eta} ");
        }
        else if (percent / 5 != lastPercent / 5 || p.Frame == p.Frames)
        {
            Console.Error.WriteLine($"frames {p.Frame}/{p.Frames} ({percent}%), segments {p.Segment}/{p.Segments}, {p.FramesPerSecond:0.0} fps ETA {eta}");
        }
        lastPercent = percent;
    }
}
