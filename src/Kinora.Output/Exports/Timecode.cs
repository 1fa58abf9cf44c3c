namespace Kinora.Output.Exports;

/// <summary>SMPTE non-drop-frame timecode (HH:MM:SS:FF) for a whole frame count at an integer frame rate.</summary>
public static class Timecode
{
    public static string Of(long frame, int fps)
    {
        long ff = frame % fps, totalSeconds = frame / fps;
        return $"{totalSeconds / 3600:00}:{totalSeconds / 60 % 60:00}:{totalSeconds % 60:00}:{ff:00}";
    }

    /// <summary>Film time in seconds to the frame it starts on (shots start on frames, so this is exact).</summary>
    public static long Frame(double seconds, int fps) => (long)Math.Round(seconds * fps);
}
