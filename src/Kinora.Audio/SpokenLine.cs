namespace Kinora.Audio;

/// <summary>
/// A line as it is heard in the film: who says it, what, and when the voice actually starts and stops
/// (seconds of film time). Subtitles and lip-sync read these, not the beat's times.
/// </summary>
public sealed record SpokenLine(string Character, string Text, double Start, double End)
{
    public double Duration => End - Start;
}
