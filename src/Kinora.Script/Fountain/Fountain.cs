using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Kinora.Core;

namespace Kinora.Script;

/// <summary>Loads a screenplay a person gave us, answering bad files with diagnostics that say how to fix them.</summary>
public static class Fountain
{
    /// <summary>Larger than any real screenplay (a feature is about 200 KB); checked before reading, so a huge file is refused at once.</summary>
    public const long MaxBytes = 5L * 1024 * 1024;

    public static Screenplay Load(string path) => ScreenplayBuilder.Build(LoadDocument(path));

    /// <summary>
    /// The text of a screenplay file after every check <see cref="Load"/> makes (exists, size, UTF-8, not empty, has a
    /// scene heading), for callers that keep the text itself, e.g. to copy it into a production folder.
    /// </summary>
    public static string ReadText(string path)
    {
        var (text, _) = Read(path);
        return text;
    }

    /// <summary>The syntax tree of a file, after the same checks as <see cref="Load"/>.</summary>
    public static Document LoadDocument(string path) => Read(path).Document;

    static (string Text, Document Document) Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = SourceLocation.None(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path))
                throw new InputException(file, $"'{path}' is a folder, not a screenplay: give the path of a .fountain file");
            if (!info.Exists)
                throw new InputException(file, $"cannot find the screenplay '{path}': check the path, or write one in Fountain (a .fountain text file)");
            if (info.Length > MaxBytes)
                throw new InputException(new SourceLocation(path, 1, 1), $"the screenplay is {info.Length / (1024 * 1024.0):F1} MB, more than the {MaxBytes / (1024 * 1024)} MB limit: a feature-length script is about 0.2 MB, so check this is the right file, or split it");
            bytes = File.ReadAllBytes(path);
        }
        catch (InputException) { throw; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException(file, $"cannot read the screenplay '{path}': {e.Message}; check that it exists and that you may read it");
        }
        if (bytes.Length > MaxBytes)
            throw new InputException(file, $"the screenplay is more than the {MaxBytes / (1024 * 1024)} MB limit: check this is the right file, or split it");
        var text = Decode(bytes, path);
        if (text.Trim().Length == 0)
            throw new InputException(new SourceLocation(path, 1, 1), "the screenplay is empty: write at least a scene heading such as INT. KITCHEN - DAY and what happens in it");
        CheckText(text, path);
        var document = FountainParser.Parse(text, path);
        if (!document.Body.Any(n => n is SceneHeadingNode))
        {
            var at = document.Body.Length > 0 ? document.Body[0].Span.Start : new SourceLocation(path, 1, 1);
            throw new InputException(at, "the screenplay has no scene headings: add a scene heading such as INT. KITCHEN - DAY (a line starting INT., EXT. or a period, after a blank line)");
        }
        return (text, document);
    }

    /// <summary>Longest line read, in characters: a long paragraph of action is about 2,000.</summary>
    public const int MaxLineChars = 10_000;

    /// <summary>
    /// What a text editor would show as wrong: a line too long to be a line (a file of one endless line, or minified
    /// data), a control character (a terminal escape, a backspace), and a boneyard or a note opened and never closed,
    /// which would otherwise hide nothing and show its markers as text.
    /// </summary>
    static void CheckText(string text, string path)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++; lineStart = i + 1;
                continue;
            }
            if (i - lineStart >= MaxLineChars)
                throw new InputException(new SourceLocation(path, line, MaxLineChars + 1),
                    $"line {line} is longer than {MaxLineChars:N0} characters: a screenplay line is a sentence or a paragraph; break it at sentence ends, or check this is the right file");
            if ((c < ' ' && c is not ('\t' or '\r' or '\f')) || c == '\u007F' || (c >= '\u0080' && c < '\u00A0'))
                throw new InputException(new SourceLocation(path, line, i - lineStart + 1),
                    $"the control character U+{(int)c:X4} is not text: delete it (it may be a terminal escape or a stray byte from a word processor)");
        }
        Unclosed(text, path, "/*", "*/", "a boneyard opened here with /* is never closed: add */ where the hidden text ends");
        Unclosed(text, path, "[[", "]]", "a note opened here with [[ is never closed: add ]] where the note ends");
    }

    static void Unclosed(string text, string path, string open, string close, string message)
    {
        int from = 0;
        while (true)
        {
            int at = text.IndexOf(open, from, StringComparison.Ordinal);
            if (at < 0) return;
            int end = text.IndexOf(close, at + open.Length, StringComparison.Ordinal);
            if (end < 0)
            {
                int line = 1, column = 1;
                for (int i = 0; i < at; i++)
                    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))) { line++; column = 1; }
                    else if (text[i] != '\r') column++;
                throw new InputException(new SourceLocation(path, line, column), message);
            }
            from = end + close.Length;
        }
    }

    /// <summary>Strict UTF-8: a NUL or a broken sequence means this is not a text file, and we say where.</summary>
    static string Decode(byte[] bytes, string path)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            throw new InputException(new SourceLocation(path, 1, 1),
                "the screenplay is UTF-16 text: save it from your editor as plain text, UTF-8 (Fountain files are UTF-8)");
        int nul = Array.IndexOf(bytes, (byte)0);
        int bad = -1;
        {
            var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
            try
            {
                var status = Utf8.ToUtf16(bytes, chars, out int read, out _, replaceInvalidSequences: false);
                if (status != System.Buffers.OperationStatus.Done) bad = read;
            }
            finally { ArrayPool<char>.Shared.Return(chars); }
        }
        // Whichever comes first is where the file stops being text.
        int at = nul < 0 ? bad : bad < 0 ? nul : Math.Min(nul, bad);
        if (at >= 0)
        {
            var (line, column) = Position(bytes, at);
            string what = at == nul ? "a NUL byte" : $"the byte 0x{bytes[at]:X2}, which is not UTF-8";
            throw new InputException(new SourceLocation(path, line, column),
                $"the screenplay is not plain UTF-8 text ({what}): save it from your editor as plain text, UTF-8 (Fountain files are text; .pdf, .docx and .fdx are not)");
        }
        var text = new UTF8Encoding(false, true).GetString(bytes);
        return text;
    }

    static (int Line, int Column) Position(byte[] bytes, int index)
    {
        int line = 1, column = 1;
        for (int i = 0; i < index; i++)
        {
            if (bytes[i] == '\n') { line++; column = 1; }
            // Count characters, not bytes: continuation bytes do not move the column.
            else if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return (line, column);
    }
}
