using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kinora.Script;

/// <summary>
/// <c>kinora parse FILE --json</c>: the screenplay as Kinora understands it, snake_case, nulls left out.
/// Written field by field rather than by reflection so the order and names are a fixed contract.
/// </summary>
public static class ScreenplayJson
{
    public static string Write(Screenplay screenplay)
    {
        ArgumentNullException.ThrowIfNull(screenplay);
        using var stream = new MemoryStream();
        // Relaxed escaping keeps CONT'D and KEEPER'S readable; the output is a file or a terminal, never HTML.
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("title", screenplay.Title);
            w.WriteStartArray("scenes");
            foreach (var scene in screenplay.Scenes)
            {
                w.WriteStartObject();
                w.WriteString("heading", scene.Heading);
                w.WriteString("location", scene.Location);
                w.WriteString("time_of_day", scene.TimeOfDay);
                w.WriteString("int_ext", scene.IntExt);
                if (scene.Number is not null) w.WriteString("number", scene.Number);
                w.WriteNumber("line", scene.Where.Line);
                w.WriteStartArray("elements");
                foreach (var element in scene.Elements) WriteElement(w, element);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("cast");
            foreach (var name in screenplay.Cast) w.WriteStringValue(name);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    static void WriteElement(Utf8JsonWriter w, ScriptElement element)
    {
        w.WriteStartObject();
        switch (element)
        {
            case ActionElement a:
                w.WriteString("type", a.Centered ? "centered" : "action");
                w.WriteString("text", a.Text);
                break;
            case DialogueElement d:
                w.WriteString("type", "dialogue");
                w.WriteString("character", d.Character);
                if (d.Extension is not null) w.WriteString("extension", d.Extension);
                if (d.Parenthetical is not null) w.WriteString("parenthetical", d.Parenthetical);
                w.WriteString("text", d.Text);
                w.WriteBoolean("dual", d.Dual);
                break;
            case TransitionElement t:
                w.WriteString("type", "transition");
                w.WriteString("text", t.Text);
                break;
            case LyricsElement l:
                w.WriteString("type", "lyrics");
                if (l.Character is not null) w.WriteString("character", l.Character);
                w.WriteString("text", l.Text);
                break;
            case NoteElement n:
                w.WriteString("type", "note");
                w.WriteString("text", n.Text);
                break;
            default:
                w.WriteString("type", element.GetType().Name.Replace("Element", "").ToLowerInvariant());
                break;
        }
        w.WriteNumber("line", element.Where.Line);
        w.WriteEndObject();
    }
}
