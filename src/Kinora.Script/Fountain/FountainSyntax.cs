using System.Text.RegularExpressions;

namespace Kinora.Script;

/// <summary>The line-level tests of Fountain 1.1, shared by the parser and the writer so both read a line the same way.</summary>
internal static partial class FountainSyntax
{
    static readonly string[] KnownTitleKeys =
        ["title", "credit", "author", "authors", "source", "draft date", "date", "contact", "copyright", "notes", "revision", "format", "episode", "series"];

    [GeneratedRegex(@"^(?:INT\.?/EXT|EXT\.?/INT|INT|EXT|EST|I/E|E/I)[.\s]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPrefixRegex();

    [GeneratedRegex(@"^(.*?)\s*#([A-Za-z0-9.\-]+)#$", RegexOptions.CultureInvariant)]
    private static partial Regex SceneNumberRegex();

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9 '_\-]{0,40}):(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleKeyRegex();

    /// <summary>Whitespace only. A line of two or more spaces inside action or dialogue is a deliberate empty line instead.</summary>
    public static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    public static bool IsContinuation(string line) => line.Length >= 2 && line.AsSpan().IndexOfAnyExcept(' ') < 0;

    public static bool HasHeadingPrefix(string trimmed) => trimmed.Length <= 1000 && HeadingPrefixRegex().IsMatch(trimmed);

    public static bool IsForcedHeading(string t) => t.Length > 1 && t[0] == '.' && char.IsLetterOrDigit(t[1]);

    public static (string Text, string? Number) SplitSceneNumber(string heading)
    {
        if (heading.Length > 1000 || !heading.EndsWith('#')) return (heading, null);
        var m = SceneNumberRegex().Match(heading);
        return m.Success ? (m.Groups[1].Value, m.Groups[2].Value) : (heading, null);
    }

    public static bool IsPageBreak(string t) => t.Length >= 3 && t.AsSpan().IndexOfAnyExcept('=') < 0;

    public static bool IsCentered(string t) => t.Length >= 2 && t[0] == '>' && t[^1] == '<';

    /// <summary>Lines that stand alone even without a blank line before them, so they end a paragraph.</summary>
    public static bool EndsParagraph(string t, bool inDialogue) =>
        t.Length > 0 && (t[0] is '#' or '=' or '>' || (!inDialogue && t[0] == '~'));

    public static bool IsTransition(string t) =>
        t.EndsWith("TO:", StringComparison.Ordinal) && HasNoLowercase(t);

    public static bool HasNoLowercase(string s)
    {
        foreach (char c in s) if (char.IsLower(c)) return false;
        return true;
    }

    /// <summary>An unforced character cue: a name in capitals (at least one letter), then optional (extensions) and ^.</summary>
    public static bool IsCharacterCue(string t)
    {
        if (t.Length == 0 || t.Length > 200) return false;
        var s = t.EndsWith('^') ? t[..^1] : t;
        int paren = s.IndexOf('(');
        var name = paren >= 0 ? s[..paren] : s;
        bool letter = false;
        foreach (char c in name)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letter = true;
        }
        return letter && !name.TrimEnd().EndsWith(':');
    }

    public static (string Name, List<string> Extensions, bool Forced, bool Dual) SplitCue(string t)
    {
        bool forced = t.StartsWith('@');
        var s = forced ? t[1..].TrimStart() : t;
        bool dual = s.EndsWith('^');
        if (dual) s = s[..^1].TrimEnd();
        var extensions = new List<string>();
        int paren = s.IndexOf('(');
        if (paren < 0) return (s, extensions, forced, dual);
        var name = s[..paren].TrimEnd();
        int i = paren;
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i])) { i++; continue; }
            int close = s[i] == '(' ? s.IndexOf(')', i + 1) : -1;
            // Anything that is not a clean run of (groups) keeps the whole cue as the name, so writing it back is exact.
            if (close < 0 || name.Length == 0) return (s, [], forced, dual);
            var ext = s[(i + 1)..close];
            if (ext.Contains('(') || ext.Trim().Length == 0) return (s, [], forced, dual);
            extensions.Add(ext.Trim());
            i = close + 1;
        }
        return (name, extensions, forced, dual);
    }

    public static bool IsTitleKeyLine(string line, bool first, out string key, out string value)
    {
        key = value = "";
        if (line.Length > 2000) return false;
        var m = TitleKeyRegex().Match(line);
        if (!m.Success) return false;
        key = m.Groups[1].Value.Trim();
        value = m.Groups[2].Value.Trim();
        if (!first) return true;
        // The first key must be one Fountain names, so a script that opens with "FADE IN:" has no title page.
        var lower = key.ToLowerInvariant();
        return KnownTitleKeys.Contains(lower);
    }

    public static bool IsIndented(string line) => line.StartsWith('\t') || line.StartsWith("   ", StringComparison.Ordinal);
}
