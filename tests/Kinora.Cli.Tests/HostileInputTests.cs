using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Kinora.Cli.Tests;

/// <summary>
/// The hostile corpus: malformed and malicious screenplays and bibles, each answered with its own diagnostic
/// (a message fragment at a line and column) and exit code 2, fast, without a crash, a hang or a file written.
/// The files are in Hostile/ with their expected diagnostics in Hostile/expected.tsv; the ones too big or too
/// binary to keep in the repository are made here.
/// </summary>
[Collection("console")]
public sealed class HostileInputTests : IDisposable
{
    static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Hostile");
    readonly string dir = Directory.CreateTempSubdirectory("kinora-hostile-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>Rows of expected.tsv: file (under Hostile/), line, column, a fragment of the message.</summary>
    public static TheoryData<string, int, int, string> Expected()
    {
        var data = new TheoryData<string, int, int, string>();
        foreach (var row in File.ReadLines(Path.Combine(Corpus, "expected.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var f = row.Split('\t');
            data.Add(f[0], int.Parse(f[1]), int.Parse(f[2]), f[3]);
        }
        return data;
    }

    [Fact]
    public void The_corpus_holds_at_least_thirty_files_and_every_one_has_its_diagnostic()
    {
        var listed = Expected().Select(r => (string)r[0]).ToHashSet();
        var files = Directory.GetFiles(Corpus, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Corpus, f).Replace('\\', '/'))
            .Where(f => f != "expected.tsv" && f != "bibles/screenplay.fountain").ToList();
        Assert.True(files.Count >= 30, $"{files.Count} files");
        Assert.Empty(files.Where(f => !listed.Contains(f)));
    }

    [Theory, MemberData(nameof(Expected))]
    public void A_hostile_file_gets_its_own_diagnostic(string file, int line, int column, string message)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(Corpus, file));
        if (file.StartsWith("screenplays/", StringComparison.Ordinal)) Screenplay(bytes, line, column, message);
        else Bible(bytes, line, column, message);
    }

    public static TheoryData<string> Generated() => [.. Made.Keys];

    /// <summary>Files made in the test: binary, huge, or built by a loop. Each with (bytes, is a bible, line, column, message).</summary>
    static readonly Dictionary<string, Func<(byte[] Bytes, bool Bible, int Line, int Column, string Message)>> Made = new()
    {
        ["png image"] = () => ([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13], false, 1, 1, "not plain UTF-8 text"),
        ["pdf with a NUL"] = () => ([.. Encoding.ASCII.GetBytes("%PDF-1.7\n%\n1 0 obj\n<< /Type /Catalog >>\n"), 0, 0xFF, 0xFE], false, 5, 1, "a NUL byte"),
        ["NUL in the action"] = () => ([.. Encoding.UTF8.GetBytes("INT. A - DAY\n\nShe w"), 0, (byte)'a', (byte)'i', (byte)'t', (byte)'s'], false, 3, 6, "a NUL byte"),
        ["latin-1 e acute"] = () => ([.. Encoding.UTF8.GetBytes("INT. CAF"), 0xC9, .. Encoding.UTF8.GetBytes(" - DAY\n")], false, 1, 9, "0xC9, which is not UTF-8"),
        ["utf-16 with a byte-order mark"] = () => ([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("INT. A - DAY\n")], false, 1, 1, "UTF-16"),
        ["overlong utf-8 slash"] = () => ([.. Encoding.UTF8.GetBytes("INT. A - DAY\n\nA "), 0xC0, 0xAF, (byte)'\n'], false, 3, 3, "not UTF-8"),
        ["fifty megabytes"] = () => (Fifty(Encoding.UTF8.GetBytes("INT. KITCHEN - DAY\n\nADA waits.\n\n")), false, 1, 1, "more than the 5 MB limit"),
        ["a line of twenty thousand characters"] = () => (Encoding.UTF8.GetBytes("INT. KITCHEN - DAY\n\n" + new string('a', 20_000) + "\n"), false, 3, 10_001, "longer than 10,000 characters"),
        ["a heading of a megabyte"] = () => (Encoding.UTF8.GetBytes("INT. " + new string('K', 1_000_000) + " - DAY\n\nADA waits.\n"), false, 1, 10_001, "longer than 10,000 characters"),
        ["three thousand scenes"] = () => (Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 3000).Select(i => $"INT. ROOM {i} - DAY\n\nADA waits.\n\n"))), false, 8001, 1, "more than the 2,000 Kinora films"),
        ["three hundred characters"] = () => (Encoding.UTF8.GetBytes("INT. HALL - DAY\n\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"{Name(i)}\nHello.\n\n"))), false, 1, 1, "more than the 200 Kinora casts"),
        ["fifty-megabyte bible"] = () => (Fifty(Encoding.UTF8.GetBytes("# padding padding padding padding padding padding\n")), true, 1, 1, "limit"),
        ["bible nested ten thousand deep"] = () => (Encoding.UTF8.GetBytes("title: " + new string('[', 10_000) + new string(']', 10_000) + "\n"), true, 1, 23, "nests deeper than 16 levels"),
        ["bible nested in mappings"] = () => (Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + "k:\n")) + new string(' ', 80) + "v\n"), true, 17, 33, "nests deeper than 16 levels"),
        ["bible with a NUL"] = () => ([.. Encoding.UTF8.GetBytes("title: x\nseed: 1"), 0, (byte)'\n'], true, 2, 8, "NUL byte"),
        ["bible in latin-1"] = () => ([.. Encoding.UTF8.GetBytes("title: \"Caf"), 0xE9, .. Encoding.UTF8.GetBytes("\"\n")], true, 1, 12, "not UTF-8"),
    };

    [Theory, MemberData(nameof(Generated))]
    public void A_made_hostile_file_gets_its_own_diagnostic(string name)
    {
        var (bytes, bible, line, column, message) = Made[name]();
        if (bible) Bible(bytes, line, column, message);
        else Screenplay(bytes, line, column, message);
    }

    static string Name(int i) => "NAME" + new string((char)('A' + i % 26), 1) + new string((char)('A' + i / 26 % 26), 1);

    static byte[] Fifty(byte[] unit)
    {
        var bytes = new byte[50 * 1024 * 1024];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = unit[i % unit.Length];
        return bytes;
    }

    void Screenplay(byte[] bytes, int line, int column, string message)
    {
        string file = Path.Combine(dir, "hostile.fountain");
        File.WriteAllBytes(file, bytes);
        string output = Path.Combine(dir, "out");
        var (code, err) = Timed("plan", "--screenplay", file, "-o", output);
        Answered(code, err, $"{file}:{line}:{column}", message);
        Assert.False(Directory.Exists(output), "a refused screenplay must leave no production folder");
    }

    void Bible(byte[] bytes, int line, int column, string message)
    {
        string folder = Path.Combine(dir, "film");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(Corpus, "bibles", "screenplay.fountain"), Path.Combine(folder, "screenplay.fountain"));
        string bible = Path.Combine(folder, "bible.yaml");
        File.WriteAllBytes(bible, bytes);
        var (code, err) = Timed("check", folder);
        Answered(code, err, $"{bible}:{line}:{column}", message);
        Assert.Equal(["bible.yaml", "screenplay.fountain"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(bytes, File.ReadAllBytes(bible));
    }

    static (int Code, string Err) Timed(params string[] args)
    {
        var watch = Stopwatch.StartNew();
        var (code, _, err) = Kinora.Run(args);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed.TotalSeconds:0.0} s");
        return (code, err);
    }

    static void Answered(int code, string err, string where, string message)
    {
        Assert.True(code == CommandLine.BadInput, $"exit {code}, expected {CommandLine.BadInput}; stderr: {Clip(err)}");
        Assert.True(err.Contains(where + ": error: ", StringComparison.Ordinal), $"expected a diagnostic at {where}; stderr: {Clip(err)}");
        Assert.True(err.Contains(message, StringComparison.Ordinal), $"expected '{message}'; stderr: {Clip(err)}");
        Assert.DoesNotMatch(new Regex(@"Exception|   at "), err);
    }

    static string Clip(string s) => s.Length > 600 ? s[..600] + "…" : s;
}
