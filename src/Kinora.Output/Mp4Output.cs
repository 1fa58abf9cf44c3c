using System.Collections.ObjectModel;

namespace Kinora.Output;

/// <summary>The tail of every ffmpeg command that writes an MP4: the AAC soundtrack, title and metadata, the container.</summary>
static class Mp4Output
{
    public static void Add(Collection<string> a, EncoderSettings settings, bool hasAudio, string? title, IReadOnlyDictionary<string, string>? metadata, string path)
    {
        if (hasAudio)
            foreach (var s in new[] { "-c:a", "aac", "-b:a", $"{settings.AudioBitrateKbps}k", "-ar", "48000", "-ac", "2" }) a.Add(s);
        a.Add("-metadata"); a.Add($"title={title ?? "Kinora film"}");
        if (metadata is not null)
            foreach (var (k, v) in metadata.OrderBy(p => p.Key, StringComparer.Ordinal)) { a.Add("-metadata"); a.Add($"{k}={v}"); }
        // Deterministic files: no encoder-version or creation-time noise beyond what the inputs say.
        foreach (var s in new[] { "-fflags", "+bitexact", "-map_metadata", "-1", "-movflags", "+faststart", "-f", "mp4", path }) a.Add(s);
    }
}
