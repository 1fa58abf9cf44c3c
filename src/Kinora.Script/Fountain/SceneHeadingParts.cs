using System.Text.RegularExpressions;

namespace Kinora.Script;

/// <summary>
/// A scene heading split as production needs it: "EXT. LIGHTHOUSE ISLAND - JETTY - NIGHT" is EXT, "LIGHTHOUSE ISLAND - JETTY", NIGHT.
/// The last " - " part is the time of day only when it names one, so "INT. LIGHTHOUSE - LAMP ROOM" keeps both parts as its location.
/// </summary>
public sealed partial record SceneHeadingParts(string IntExt, string Location, string TimeOfDay)
{
    static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "DAY", "NIGHT", "DAWN", "DUSK", "MORNING", "AFTERNOON", "EVENING", "SUNSET", "SUNRISE", "NOON", "MIDNIGHT",
        "MIDDAY", "TWILIGHT", "CONTINUOUS", "LATER", "SAME", "MOMENTS", "DAYBREAK", "NIGHTFALL", "GOLDEN", "MAGIC",
    };

    [GeneratedRegex(@"^(INT\.?\s*/\s*EXT|EXT\.?\s*/\s*INT|I\s*/\s*E|E\s*/\s*I|INT|EXT|EST)(?:\.|\s|$)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrefixRegex();

    [GeneratedRegex(@"\s+(?:-{1,2}|–|—)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorRegex();

    [GeneratedRegex(@"[A-Za-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();

    public static SceneHeadingParts Of(string heading)
    {
        var text = heading.Trim();
        if (text.Length > 2000) text = text[..2000];
        string intExt = "";
        var m = PrefixRegex().Match(text);
        if (m.Success)
        {
            var p = m.Groups[1].Value.ToUpperInvariant().Replace(".", "").Replace(" ", "");
            intExt = p switch { "INT" => "INT", "EXT" => "EXT", "EST" => "EST", _ => "INT/EXT" };
            text = text[m.Length..];
        }
        var parts = SeparatorRegex().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        string time = "";
        if (parts.Count > 1 && IsTimeOfDay(parts[^1]))
        {
            time = parts[^1];
            parts.RemoveAt(parts.Count - 1);
        }
        else if (parts.Count == 1 && text.TrimEnd().EndsWith('-') is false && IsTimeOfDay(parts[0]) && intExt == "")
        {
            // A forced heading that is only a time, ".LATER", moves the clock and keeps the place.
            time = parts[0];
            parts.Clear();
        }
        return new SceneHeadingParts(intExt, string.Join(" - ", parts), time);
    }

    public static bool IsTimeOfDay(string part)
    {
        foreach (Match w in WordRegex().Matches(part))
            if (TimeWords.Contains(w.Value)) return true;
        return false;
    }
}
