using System.Globalization;
using System.Text;
using Kinora.Audio;

namespace Kinora.Output.Exports;

/// <summary>
/// The dialogue as subtitles, timed to the voices as the mix placed them (not to the beats): SubRip (.srt) for
/// players and the MP4's mov_text track, WebVTT (.vtt) with the speaker as a voice span for the web.
/// </summary>
public static class Subtitles
{
    /// <summary>Longest a cue stays up after its line ends, in seconds, so short lines can be read.</summary>
    public const double Linger = 0.4;

    public static string Srt(IReadOnlyList<SpokenLine> lines)
    {
        var sb = new StringBuilder();
        int n = 0;
        foreach (var (line, end) in Cues(lines))
        {
            sb.Append(++n).Append('\n');
            sb.Append(Time(line.Start, ',')).Append(" --> ").Append(Time(end, ',')).Append('\n');
            sb.Append(Clean(line.Text)).Append("\n\n");
        }
        return sb.ToString();
    }

    public static string Vtt(IReadOnlyList<SpokenLine> lines)
    {
        var sb = new StringBuilder("WEBVTT\n\n");
        foreach (var (line, end) in Cues(lines))
        {
            sb.Append(Time(line.Start, '.')).Append(" --> ").Append(Time(end, '.')).Append('\n');
            sb.Append("<v ").Append(Clean(line.Character).Replace(">", "")).Append('>').Append(Clean(line.Text).Replace("<", "&lt;")).Append("\n\n");
        }
        return sb.ToString();
    }

    /// <summary>Each line with the time its cue ends: a little after the voice, never into the next cue.</summary>
    static IEnumerable<(SpokenLine Line, double End)> Cues(IReadOnlyList<SpokenLine> lines)
    {
        var ordered = lines.OrderBy(l => l.Start).ThenBy(l => l.Character, StringComparer.Ordinal).ToList();
        for (int i = 0; i < ordered.Count; i++)
        {
            double end = ordered[i].End + Linger;
            if (i + 1 < ordered.Count && ordered[i + 1].Start > ordered[i].Start) end = Math.Min(end, ordered[i + 1].Start);
            yield return (ordered[i], Math.Max(end, ordered[i].End));
        }
    }

    static string Time(double seconds, char decimalMark)
    {
        long ms = (long)Math.Round(Math.Max(0, seconds) * 1000);
        return string.Create(CultureInfo.InvariantCulture, $"{ms / 3600000:00}:{ms / 60000 % 60:00}:{ms / 1000 % 60:00}{decimalMark}{ms % 1000:000}");
    }

    /// <summary>Fountain emphasis markers and blank lines do not belong on screen.</summary>
    static string Clean(string text)
    {
        var s = text.Replace("\r", "").Replace("*", "").Replace("_", "");
        var lines = s.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }
}
