namespace Kinora.Output;

/// <summary>The external programs Kinora drives; KINORA_FFMPEG overrides the one on PATH.</summary>
public static class Tools
{
    public static string Ffmpeg => Environment.GetEnvironmentVariable("KINORA_FFMPEG") ?? "ffmpeg";

    public static string Ffprobe => Environment.GetEnvironmentVariable("KINORA_FFPROBE") ?? "ffprobe";
}
