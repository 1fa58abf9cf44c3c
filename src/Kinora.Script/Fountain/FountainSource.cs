using System.Text;

namespace Kinora.Script;

/// <summary>
/// Text as the parser reads it: split into lines on CRLF, CR or LF, a leading byte-order mark dropped, and boneyard
/// (<c>/* */</c>) removed. Removal keeps every line break, so line numbers still point into the original file; a line that
/// held only boneyard becomes empty, never two spaces, so it cannot glue paragraphs together.
/// </summary>
internal static class FountainSource
{
    public static string[] Lines(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var sb = new StringBuilder(text.Length);
        var touched = new List<int>();
        int line = 0;
        bool closerLeft = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                sb.Append('\n'); line++;
                continue;
            }
            if (c == '\n') { sb.Append('\n'); line++; continue; }
            if (c == '/' && closerLeft && i + 1 < text.Length && text[i + 1] == '*')
            {
                int close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                // No closer after here means none for any later opener either: searching again would make this quadratic.
                if (close < 0) closerLeft = false;
                // An unclosed opener is text: nothing after it is silently lost.
                if (close >= 0)
                {
                    touched.Add(line);
                    for (int k = i + 2; k < close; k++)
                    {
                        if (text[k] == '\r')
                        {
                            if (k + 1 < close && text[k + 1] == '\n') k++;
                            sb.Append('\n'); line++; touched.Add(line);
                        }
                        else if (text[k] == '\n') { sb.Append('\n'); line++; touched.Add(line); }
                    }
                    i = close + 1;
                    continue;
                }
            }
            sb.Append(c);
        }
        var lines = sb.ToString().Split('\n');
        foreach (int t in touched)
            if (string.IsNullOrWhiteSpace(lines[t])) lines[t] = "";
        return lines;
    }
}
