using System.Collections.Immutable;
using System.Text;

namespace Kinora.Script;

/// <summary>
/// Fountain's inline markup inside one element's text: emphasis (<c>*</c>, <c>**</c>, <c>***</c>, <c>_</c>), backslash escapes
/// and inline notes <c>[[ ]]</c>. A marker with no partner on the same line is literal text, as Fountain says.
/// </summary>
public static class FountainInline
{
    /// <summary>The text as it reads on screen: notes dropped, markers and escapes resolved, whitespace kept.</summary>
    public static string Plain(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var run in Runs(text)) sb.Append(run.Text);
        return sb.ToString();
    }

    /// <summary>The text split into runs of equal emphasis, notes dropped.</summary>
    public static ImmutableArray<StyledRun> Runs(string text)
    {
        var pieces = new List<StyledRun>();
        var lines = RemoveNotes(text).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0) pieces.Add(new StyledRun("\n", false, false, false));
            RunsOfLine(lines[i], pieces);
        }
        // Merge neighbours of equal style in one pass, so long paragraphs stay linear.
        var result = ImmutableArray.CreateBuilder<StyledRun>();
        var sb = new StringBuilder();
        StyledRun? current = null;
        foreach (var p in pieces)
        {
            if (current is not null && (current.Bold != p.Bold || current.Italic != p.Italic || current.Underline != p.Underline))
            {
                result.Add(current with { Text = sb.ToString() });
                sb.Clear();
            }
            if (sb.Length == 0) current = p;
            sb.Append(p.Text);
        }
        if (current is not null && sb.Length > 0) result.Add(current with { Text = sb.ToString() });
        return result.ToImmutable();
    }

    /// <summary>Removes every closed <c>[[ ]]</c>; an unclosed opener stays as text.</summary>
    public static string RemoveNotes(string text)
    {
        int open = text.IndexOf("[[", StringComparison.Ordinal);
        if (open < 0) return text;
        var sb = new StringBuilder(text.Length);
        int from = 0;
        while (open >= 0)
        {
            int close = text.IndexOf("]]", open + 2, StringComparison.Ordinal);
            if (close < 0) break;
            sb.Append(text, from, open - from);
            from = close + 2;
            open = text.IndexOf("[[", from, StringComparison.Ordinal);
        }
        sb.Append(text, from, text.Length - from);
        // A note alone between two words leaves a double space; a note alone on a line leaves nothing worth keeping.
        return sb.ToString();
    }

    enum Kind { Text, Star1, Star2, Star3, Under }

    readonly record struct Token(Kind Kind, string Text);

    static void RunsOfLine(string line, List<StyledRun> result)
    {
        var tokens = Tokenize(line);
        // Pair each marker with the next identical one on the line; unpaired markers are literal.
        var partner = new int[tokens.Count];
        Array.Fill(partner, -1);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == Kind.Text || partner[i] >= 0) continue;
            for (int j = i + 1; j < tokens.Count; j++)
            {
                if (tokens[j].Kind == tokens[i].Kind && partner[j] < 0)
                {
                    if (j > i + 1) { partner[i] = j; partner[j] = i; }
                    break;
                }
            }
        }
        bool bold = false, italic = false, underline = false;
        var text = new StringBuilder();
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == Kind.Text || partner[i] < 0) { text.Append(t.Text); continue; }
            if (text.Length > 0) { Append(result, text.ToString(), bold, italic, underline); text.Clear(); }
            switch (t.Kind)
            {
                case Kind.Star1: italic = !italic; break;
                case Kind.Star2: bold = !bold; break;
                case Kind.Star3: bold = !bold; italic = !italic; break;
                case Kind.Under: underline = !underline; break;
            }
        }
        if (text.Length > 0) Append(result, text.ToString(), bold, italic, underline);
    }

    static List<Token> Tokenize(string line)
    {
        var tokens = new List<Token>();
        var text = new StringBuilder();
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '\\' && i + 1 < line.Length && IsEscapable(line[i + 1]))
            {
                text.Append(line[++i]);
                continue;
            }
            if (c == '*' || c == '_')
            {
                int n = 1;
                if (c == '*') while (n < 3 && i + n < line.Length && line[i + n] == '*') n++;
                if (text.Length > 0) { tokens.Add(new Token(Kind.Text, text.ToString())); text.Clear(); }
                var kind = c == '_' ? Kind.Under : n == 1 ? Kind.Star1 : n == 2 ? Kind.Star2 : Kind.Star3;
                tokens.Add(new Token(kind, new string(c, n)));
                i += n - 1;
                continue;
            }
            text.Append(c);
        }
        if (text.Length > 0) tokens.Add(new Token(Kind.Text, text.ToString()));
        return tokens;
    }

    internal static bool IsEscapable(char c) => c is '*' or '_' or '\\' or '[' or ']' or '/' or '~' or '#' or '=' or '>' or '<' or '!' or '@' or '.' or '^';

    static void Append(List<StyledRun> result, string text, bool bold, bool italic, bool underline) =>
        result.Add(new StyledRun(text, bold, italic, underline));
}
