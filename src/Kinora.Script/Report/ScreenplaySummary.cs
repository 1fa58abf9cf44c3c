using System.Text;

namespace Kinora.Script;

/// <summary><c>kinora parse FILE</c>: a summary a person reads to check that Kinora understood the script.</summary>
public static class ScreenplaySummary
{
    public static string Write(Screenplay screenplay)
    {
        ArgumentNullException.ThrowIfNull(screenplay);
        var sb = new StringBuilder();
        sb.Append(screenplay.Title).Append('\n');
        foreach (var (key, value) in screenplay.TitlePage)
            if (!key.Equals("Title", StringComparison.OrdinalIgnoreCase))
                sb.Append("  ").Append(key).Append(": ").Append(value.Replace("\n", " / ")).Append('\n');
        sb.Append($"{screenplay.Scenes.Length} scene{(screenplay.Scenes.Length == 1 ? "" : "s")}, about {Minutes(ScreenTime.Estimate(screenplay))} of film; ");
        sb.Append("cast: ").Append(screenplay.Cast.Length == 0 ? "(nobody speaks)" : string.Join(", ", screenplay.Cast)).Append('\n');
        int n = 0;
        foreach (var scene in screenplay.Scenes)
        {
            n++;
            sb.Append('\n').Append(n).Append(". ").Append(scene.Heading.Length > 0 ? scene.Heading : "(no heading)");
            if (scene.Number is not null) sb.Append("  #").Append(scene.Number).Append('#');
            sb.Append("   line ").Append(scene.Where.Line).Append('\n');
            sb.Append("   ").Append(IntExtWords(scene.IntExt)).Append(" | ")
              .Append(scene.Location.Length > 0 ? scene.Location : "(no location)").Append(" | ")
              .Append(scene.TimeOfDay.Length > 0 ? scene.TimeOfDay : "(no time of day)").Append('\n');
            if (scene.Sections.Length > 0) sb.Append("   in ").Append(string.Join(" > ", scene.Sections)).Append('\n');
            foreach (var element in scene.Elements)
            {
                sb.Append("     ");
                switch (element)
                {
                    case DialogueElement d:
                        sb.Append(d.Character);
                        if (d.Extension is not null) sb.Append(" (").Append(d.Extension).Append(')');
                        if (d.Dual) sb.Append(" [together]");
                        if (d.Parenthetical is not null) sb.Append(" (").Append(d.Parenthetical).Append(')');
                        sb.Append(": ").Append(OneLine(d.Text));
                        break;
                    case ActionElement a: sb.Append(a.Centered ? "centred: " : "action: ").Append(OneLine(a.Text)); break;
                    case TransitionElement t: sb.Append("transition: ").Append(t.Text); break;
                    case LyricsElement l: sb.Append(l.Character is null ? "sung: " : l.Character + " sings: ").Append(OneLine(l.Text)); break;
                    case NoteElement note: sb.Append("note: ").Append(OneLine(note.Text)); break;
                    default: sb.Append(element.GetType().Name); break;
                }
                sb.Append('\n');
            }
        }
        return sb.ToString();
    }

    static string IntExtWords(string intExt) => intExt switch
    {
        "INT" => "interior",
        "EXT" => "exterior",
        "INT/EXT" => "interior and exterior",
        "EST" => "establishing",
        _ => "forced heading",
    };

    static string OneLine(string text)
    {
        var s = string.Join(" / ", text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        return s.Length > 100 ? s[..97] + "..." : s;
    }

    static string Minutes(double seconds) =>
        seconds < 90 ? $"{Math.Round(seconds):0} s" : $"{Math.Floor(seconds / 60):0} min {Math.Round(seconds % 60):00} s";
}
