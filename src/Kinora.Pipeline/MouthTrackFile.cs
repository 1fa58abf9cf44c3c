using System.Globalization;
using System.Text;
using Kinora.World;

namespace Kinora.Pipeline;

/// <summary>
/// The soundtrack's lip-sync in the render cache, beside the mixed WAV: one key a line, "CHARACTER\tSECONDS\tVISEME",
/// so a worker process renders the same mouths as the parent without speaking the lines again.
/// </summary>
public static class MouthTrackFile
{
    public static string Write(MouthTrack track)
    {
        var sb = new StringBuilder();
        foreach (var c in track.Cues)
            sb.Append(c.Character).Append('\t').Append(c.Start.ToString("R", CultureInfo.InvariantCulture)).Append('\t').Append(c.Viseme).Append('\n');
        return sb.ToString();
    }

    /// <summary>Reads a file Write made; a damaged file is an error (the cache entry is then made again).</summary>
    public static MouthTrack Read(string text)
    {
        var cues = new List<MouthCue>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            if (parts.Length != 3 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double start)
                || !Enum.TryParse<Viseme>(parts[2], out var viseme))
                throw new InvalidDataException($"a damaged lip-sync line in the render cache: '{line}'");
            cues.Add(new MouthCue(parts[0], start, viseme));
        }
        return new MouthTrack(cues);
    }
}
