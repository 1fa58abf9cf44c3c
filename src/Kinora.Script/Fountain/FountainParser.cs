using System.Collections.Immutable;
using Kinora.Core;
using static Kinora.Script.FountainSyntax;

namespace Kinora.Script;

/// <summary>
/// Reads Fountain 1.1 into a <see cref="Document"/>, the full syntax tree with a span on every node.
/// It never throws on odd text: whatever is not another element is action, as Fountain says. It runs in time linear in
/// the input (bounded look-ahead only), so garbage cannot make it hang. <see cref="ScreenplayBuilder"/> derives the
/// film's view; <see cref="FountainWriter"/> writes the tree back.
/// </summary>
public static class FountainParser
{
    /// <summary>How far a note opened at the start of a paragraph may run, in lines, looking for its <c>]]</c>.</summary>
    const int NoteLookAheadLines = 200;

    public static Document Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var lines = FountainSource.Lines(text);
        int i = 0;
        var title = ParseTitlePage(lines, fileName, ref i);
        var body = ParseBody(lines, fileName, i);
        return new Document(fileName, title, body);
    }

    static ImmutableArray<TitlePageField> ParseTitlePage(string[] lines, string file, ref int i)
    {
        int start = 0;
        while (start < lines.Length && IsBlank(lines[start])) start++;
        if (start >= lines.Length || !IsTitleKeyLine(lines[start], first: true, out _, out _)) return [];
        var fields = ImmutableArray.CreateBuilder<TitlePageField>();
        int j = start;
        while (j < lines.Length && !IsBlank(lines[j]) && IsTitleKeyLine(lines[j], first: false, out var key, out var value))
        {
            int first = j;
            var values = ImmutableArray.CreateBuilder<string>();
            if (value.Length > 0) values.Add(value);
            j++;
            while (j < lines.Length && !IsBlank(lines[j]) && IsIndented(lines[j]))
            {
                values.Add(lines[j].Trim());
                j++;
            }
            fields.Add(new TitlePageField(Span(file, first, 0, j - 1, lines[j - 1].TrimEnd().Length), key, values.ToImmutable()));
        }
        i = j;
        return fields.ToImmutable();
    }

    internal static ImmutableArray<FountainNode> ParseBody(string[] lines, string file, int i)
    {
        var nodes = ImmutableArray.CreateBuilder<FountainNode>();
        while (i < lines.Length)
        {
            if (IsBlank(lines[i])) { i++; continue; }
            nodes.Add(ParseParagraphStart(lines, file, ref i));
        }
        return nodes.ToImmutable();
    }

    /// <summary>Reads the element that starts at line i, which follows a blank line or a line that stands alone.</summary>
    static FountainNode ParseParagraphStart(string[] lines, string file, ref int i)
    {
        string raw = lines[i];
        string t = raw.Trim();
        int lead = raw.Length - raw.TrimStart().Length;
        int line = i;

        if (t.StartsWith("[[", StringComparison.Ordinal) && TryNote(lines, file, ref i, out var note)) return note;
        if (IsPageBreak(t)) { i++; return new PageBreakNode(Span(file, line, lead, line, raw.TrimEnd().Length)); }
        if (t[0] == '#')
        {
            int level = 0;
            while (level < t.Length && t[level] == '#') level++;
            i++;
            return new SectionNode(Span(file, line, lead, line, raw.TrimEnd().Length), level, t[level..].Trim());
        }
        if (t[0] == '=') { i++; return new SynopsisNode(Span(file, line, lead, line, raw.TrimEnd().Length), t[1..].Trim()); }
        if (IsCentered(t)) { i++; return new CenteredNode(Span(file, line, lead, line, raw.TrimEnd().Length), t[1..^1].Trim()); }
        if (t[0] == '>') { i++; return new TransitionNode(Span(file, line, lead, line, raw.TrimEnd().Length), t[1..].Trim(), Forced: true); }
        if (t[0] == '~') return ParseLyrics(lines, file, ref i);
        if (IsForcedHeading(t) || HasHeadingPrefix(t))
        {
            bool forced = t[0] == '.';
            var (heading, number) = SplitSceneNumber(forced ? t[1..] : t);
            i++;
            return new SceneHeadingNode(Span(file, line, lead, line, raw.TrimEnd().Length), heading.Trim(), number, forced);
        }
        if (t[0] == '!') return ParseAction(lines, file, ref i);
        bool nextBlank = i + 1 >= lines.Length || IsBlank(lines[i + 1]);
        // A line that stands alone (# = > ~) ends the transition's paragraph as well as a blank line would.
        if ((nextBlank || EndsParagraph(lines[i + 1].Trim(), inDialogue: false)) && IsTransition(t))
        {
            i++;
            return new TransitionNode(Span(file, line, lead, line, raw.TrimEnd().Length), t, Forced: false);
        }
        // A cue needs something to say: a next line that is neither blank nor an element that stands alone.
        if (!nextBlank && !EndsParagraph(lines[i + 1].Trim(), inDialogue: true) && (t[0] == '@' || IsCharacterCue(t))) return ParseDialogue(lines, file, ref i);
        return ParseAction(lines, file, ref i);
    }

    static bool TryNote(string[] lines, string file, ref int i, out FountainNode note)
    {
        note = null!;
        string first = lines[i];
        int open = first.IndexOf("[[", StringComparison.Ordinal);
        int limit = Math.Min(lines.Length, i + NoteLookAheadLines);
        int from = open + 2;
        for (int j = i; j < limit; j++)
        {
            string l = lines[j];
            int close = l.IndexOf("]]", j == i ? from : 0, StringComparison.Ordinal);
            int reopen = l.IndexOf("[[", j == i ? from : 0, StringComparison.Ordinal);
            if (reopen >= 0 && (close < 0 || reopen < close)) return false;
            if (close < 0) continue;
            if (!IsBlank(l[(close + 2)..])) return false;
            string text;
            if (j == i) text = l[from..close];
            else
            {
                var parts = new List<string> { first[from..] };
                for (int k = i + 1; k < j; k++) parts.Add(lines[k]);
                parts.Add(l[..close]);
                text = string.Join("\n", parts);
            }
            note = new NoteNode(Span(file, i, open, j, close + 2), text);
            i = j + 1;
            return true;
        }
        return false;
    }

    static FountainNode ParseLyrics(string[] lines, string file, ref int i)
    {
        int start = i;
        int lead = lines[i].Length - lines[i].TrimStart().Length;
        var text = new List<string>();
        while (i < lines.Length && lines[i].TrimStart().StartsWith('~'))
        {
            text.Add(lines[i].Trim()[1..].Trim());
            i++;
        }
        return new LyricsNode(Span(file, start, lead, i - 1, lines[i - 1].TrimEnd().Length), string.Join("\n", text));
    }

    static FountainNode ParseAction(string[] lines, string file, ref int i)
    {
        int start = i;
        string first = lines[i];
        int lead = first.Length - first.TrimStart().Length;
        bool forced = first.TrimStart().StartsWith('!');
        var text = new List<string> { forced ? (first[..lead] + first[(lead + 1)..]).TrimEnd() : first.TrimEnd() };
        int last = i;
        i++;
        while (i < lines.Length && (!IsBlank(lines[i]) || IsContinuation(lines[i])) && !EndsParagraph(lines[i].Trim(), inDialogue: false))
        {
            text.Add(IsBlank(lines[i]) ? "" : lines[i].TrimEnd());
            if (!IsBlank(lines[i])) last = i;
            i++;
        }
        while (text.Count > 1 && text[^1].Length == 0) text.RemoveAt(text.Count - 1);
        return new ActionNode(Span(file, start, lead, last, lines[last].TrimEnd().Length), string.Join("\n", text), forced);
    }

    static FountainNode ParseDialogue(string[] lines, string file, ref int i)
    {
        int start = i;
        string cueLine = lines[i];
        int lead = cueLine.Length - cueLine.TrimStart().Length;
        var (name, extensions, forced, dual) = SplitCue(cueLine.Trim());
        var parts = ImmutableArray.CreateBuilder<FountainNode>();
        int last = i;
        i++;
        // Speech lines gather until a parenthetical or lyrics interrupts them.
        var speech = new List<string>();
        int speechStart = -1, speechEnd = -1;
        void FlushSpeech()
        {
            while (speech.Count > 0 && speech[^1].Length == 0) { speech.RemoveAt(speech.Count - 1); }
            int skip = 0;
            while (skip < speech.Count && speech[skip].Length == 0) skip++;
            if (skip < speech.Count)
            {
                int s = speechStart + skip;
                int sLead = lines[s].Length - lines[s].TrimStart().Length;
                parts.Add(new DialogueNode(Span(file, s, sLead, speechEnd, lines[speechEnd].TrimEnd().Length), string.Join("\n", speech.Skip(skip))));
            }
            speech.Clear();
            speechStart = -1;
        }
        while (i < lines.Length && (!IsBlank(lines[i]) || IsContinuation(lines[i])) && !EndsParagraph(lines[i].Trim(), inDialogue: true))
        {
            string raw = lines[i];
            string t = raw.Trim();
            int l = raw.Length - raw.TrimStart().Length;
            if (t.Length >= 2 && t[0] == '(' && t[^1] == ')')
            {
                FlushSpeech();
                parts.Add(new ParentheticalNode(Span(file, i, l, i, raw.TrimEnd().Length), t[1..^1].Trim()));
                last = i;
                i++;
            }
            else if (t.StartsWith('~'))
            {
                FlushSpeech();
                int s = i;
                var sung = new List<string>();
                while (i < lines.Length && lines[i].TrimStart().StartsWith('~')) { sung.Add(lines[i].Trim()[1..].Trim()); i++; }
                var span = Span(file, s, l, i - 1, lines[i - 1].TrimEnd().Length);
                // Lyrics either side of an empty line are one song: the writer cannot keep them apart, so neither do we.
                if (parts.Count > 0 && parts[^1] is LyricsNode before)
                    parts[^1] = new LyricsNode(before.Span with { EndLine = span.EndLine, EndColumn = span.EndColumn }, before.Text + "\n" + string.Join("\n", sung));
                else parts.Add(new LyricsNode(span, string.Join("\n", sung)));
                last = i - 1;
            }
            else
            {
                if (speechStart < 0) speechStart = i;
                speech.Add(t);
                if (t.Length > 0) { speechEnd = i; last = i; }
                i++;
            }
        }
        FlushSpeech();
        return new DialogueBlockNode(Span(file, start, lead, last, lines[last].TrimEnd().Length), name, [.. extensions], forced, dual, parts.ToImmutable());
    }

    /// <summary>A span from zero-based line and column indexes; the end column is exclusive.</summary>
    static SourceSpan Span(string file, int line, int column, int endLine, int endColumn) =>
        new(new SourceLocation(file, line + 1, column + 1), endLine + 1, endColumn + 1);
}
