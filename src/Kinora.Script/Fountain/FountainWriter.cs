using System.Text;
using static Kinora.Script.FountainSyntax;

namespace Kinora.Script;

/// <summary>
/// Writes a <see cref="Document"/> as Fountain: one blank line between elements, LF line ends, indented multi-line title
/// values, empty lines inside action and dialogue as two spaces. A parsed document comes back as the same tree.
/// A tree made in code is forced (<c>!</c>, <c>@</c>, <c>.</c>, <c>&gt;</c>) wherever its text would otherwise read as another element.
/// </summary>
public static class FountainWriter
{
    public static string Write(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sb = new StringBuilder();
        foreach (var field in document.TitlePage)
        {
            if (field.Lines.Length == 1) sb.Append(field.Key).Append(": ").Append(field.Lines[0]).Append('\n');
            else
            {
                sb.Append(field.Key).Append(":\n");
                foreach (var l in field.Lines) sb.Append("    ").Append(l).Append('\n');
            }
        }
        bool first = document.TitlePage.Length == 0;
        foreach (var node in document.Body)
        {
            if (!first) sb.Append('\n');
            first = false;
            WriteNode(sb, node);
        }
        return sb.ToString();
    }

    static void WriteNode(StringBuilder sb, FountainNode node)
    {
        switch (node)
        {
            case SceneHeadingNode h:
                if (h.Forced || !HasHeadingPrefix(h.Text)) sb.Append('.');
                sb.Append(h.Text);
                if (h.Number is not null) sb.Append(" #").Append(h.Number).Append('#');
                sb.Append('\n');
                break;
            case ActionNode a:
                if (a.Forced || NeedsForce(a.Text)) sb.Append('!');
                WriteLines(sb, a.Text, inDialogue: false);
                break;
            case DialogueBlockNode d:
                var cue = new StringBuilder(d.Name);
                foreach (var e in d.Extensions) cue.Append(" (").Append(e).Append(')');
                if (d.Dual) cue.Append(" ^");
                if (d.Forced || !IsCharacterCue(cue.ToString()) || HasHeadingPrefix(cue.ToString())) sb.Append('@');
                sb.Append(cue).Append('\n');
                foreach (var part in d.Parts)
                {
                    switch (part)
                    {
                        case ParentheticalNode p: sb.Append('(').Append(p.Text).Append(")\n"); break;
                        case DialogueNode s: WriteLines(sb, s.Text, inDialogue: true); break;
                        case LyricsNode l: WriteLyrics(sb, l.Text); break;
                    }
                }
                break;
            case TransitionNode t:
                if (t.Forced || !IsTransition(t.Text)) sb.Append("> ");
                sb.Append(t.Text).Append('\n');
                break;
            case CenteredNode c: sb.Append("> ").Append(c.Text).Append(" <\n"); break;
            case NoteNode n: sb.Append("[[").Append(n.Text).Append("]]\n"); break;
            case SectionNode s: sb.Append('#', Math.Max(1, s.Level)).Append(' ').Append(s.Text).Append('\n'); break;
            case SynopsisNode s: sb.Append("= ").Append(s.Text).Append('\n'); break;
            case PageBreakNode: sb.Append("===\n"); break;
            case LyricsNode l: WriteLyrics(sb, l.Text); break;
            default: throw new ArgumentException($"unknown Fountain node {node.GetType().Name}", nameof(node));
        }
    }

    static void WriteLines(StringBuilder sb, string text, bool inDialogue)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            if (l.Trim().Length == 0) { sb.Append("  \n"); continue; }
            // A later line that would stand alone (#, =, >, ~) is escaped so the paragraph stays whole.
            if (i > 0 && EndsParagraph(l.Trim(), inDialogue)) sb.Append('\\');
            sb.Append(l).Append('\n');
        }
    }

    static void WriteLyrics(StringBuilder sb, string text)
    {
        foreach (var l in text.Split('\n')) sb.Append('~').Append(l).Append('\n');
    }

    /// <summary>Would this text, written plainly after a blank line, read as something other than one action paragraph?</summary>
    static bool NeedsForce(string text)
    {
        if (text.Trim().Length == 0) return true;
        var probe = new StringBuilder();
        WriteLines(probe, text, inDialogue: false);
        var lines = probe.ToString().TrimEnd('\n').Split('\n');
        var nodes = FountainParser.ParseBody(lines, "", 0);
        return nodes.Length != 1 || nodes[0] is not ActionNode a || a.Text != text;
    }
}
