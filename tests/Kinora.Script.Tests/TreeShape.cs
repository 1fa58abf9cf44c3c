using System.Text;

namespace Kinora.Script.Tests;

/// <summary>A document's tree as text without spans, so two trees compare by what they say, not where they said it.</summary>
static class TreeShape
{
    public static string Of(Document doc)
    {
        var sb = new StringBuilder();
        foreach (var f in doc.TitlePage) sb.Append($"title {Q(f.Key)} [{string.Join("|", f.Lines.Select(Q))}]\n");
        foreach (var n in doc.Body) Node(sb, n, "");
        return sb.ToString();
    }

    static void Node(StringBuilder sb, FountainNode n, string indent)
    {
        sb.Append(indent);
        switch (n)
        {
            case SceneHeadingNode h: sb.Append($"heading {Q(h.Text)} #{h.Number} forced={h.Forced}"); break;
            case ActionNode a: sb.Append($"action {Q(a.Text)} forced={a.Forced}"); break;
            case DialogueBlockNode d:
                sb.Append($"cue {Q(d.Name)} ({string.Join("|", d.Extensions.Select(Q))}) forced={d.Forced} dual={d.Dual}\n");
                foreach (var p in d.Parts) Node(sb, p, indent + "  ");
                return;
            case ParentheticalNode p: sb.Append($"paren {Q(p.Text)}"); break;
            case DialogueNode s: sb.Append($"speech {Q(s.Text)}"); break;
            case LyricsNode l: sb.Append($"lyrics {Q(l.Text)}"); break;
            case TransitionNode t: sb.Append($"transition {Q(t.Text)} forced={t.Forced}"); break;
            case CenteredNode c: sb.Append($"centered {Q(c.Text)}"); break;
            case NoteNode note: sb.Append($"note {Q(note.Text)}"); break;
            case SectionNode s: sb.Append($"section {s.Level} {Q(s.Text)}"); break;
            case SynopsisNode s: sb.Append($"synopsis {Q(s.Text)}"); break;
            case PageBreakNode: sb.Append("pagebreak"); break;
            default: sb.Append(n.GetType().Name); break;
        }
        sb.Append('\n');
    }

    static string Q(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\t", "\\t") + "\"";
}
