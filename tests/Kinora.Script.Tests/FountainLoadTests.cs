using System.Diagnostics;
using System.Text;
using Kinora.Core;

namespace Kinora.Script.Tests;

public sealed class FountainLoadTests : IDisposable
{
    readonly string dir = Path.Combine(Path.GetTempPath(), "kinora-script-tests-" + Guid.NewGuid().ToString("N"));

    public FountainLoadTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    static Diagnostic Rejects(string path)
    {
        var e = Assert.Throws<InputException>(() => Fountain.Load(path));
        return Assert.Single(e.Diagnostics);
    }

    [Fact]
    public void The_keeper_loads_from_its_file() => Assert.Equal(5, Fountain.Load(Samples.KeeperPath).Scenes.Length);

    [Fact]
    public void Read_text_gives_the_checked_text_and_refuses_what_load_refuses()
    {
        Assert.Contains("EXT. LIGHTHOUSE ISLAND - DUSK", Fountain.ReadText(Samples.KeeperPath));
        Assert.Throws<InputException>(() => Fountain.ReadText(Write("nohead2.fountain", Encoding.UTF8.GetBytes("Just words.\n"))));
    }

    [Fact]
    public void A_missing_file_is_bad_input_that_names_the_path()
    {
        var d = Rejects(Path.Combine(dir, "nope.fountain"));
        Assert.Contains("nope.fountain", d.Where.File);
        Assert.Contains("check the path", d.Message);
    }

    [Fact]
    public void An_empty_file_is_answered_at_line_one()
    {
        var d = Rejects(Write("empty.fountain", Encoding.UTF8.GetBytes("  \n\n")));
        Assert.Equal((1, 1), (d.Where.Line, d.Where.Column));
        Assert.Contains("empty", d.Message);
    }

    [Fact]
    public void A_nul_byte_is_reported_where_it_is()
    {
        var d = Rejects(Write("bin.fountain", [.. Encoding.UTF8.GetBytes("INT. A - DAY\n\nab"), 0, 1, 2]));
        Assert.Equal((3, 3), (d.Where.Line, d.Where.Column));
        Assert.Contains("UTF-8", d.Message);
    }

    [Fact]
    public void Invalid_utf8_is_reported_where_it_is()
    {
        var d = Rejects(Write("latin1.fountain", [.. Encoding.UTF8.GetBytes("INT. CAFÉ - DAY\n\nCaf"), 0xE9, (byte)'!']));
        Assert.Equal((3, 4), (d.Where.Line, d.Where.Column));
    }

    [Fact]
    public void A_script_without_headings_asks_for_one()
    {
        var d = Rejects(Write("nohead.fountain", Encoding.UTF8.GetBytes("\nShe waits.\n")));
        Assert.Contains("INT. KITCHEN - DAY", d.Message);
        Assert.Equal((2, 1), (d.Where.Line, d.Where.Column));
    }

    [Fact]
    public void A_fifty_megabyte_file_is_refused_at_once()
    {
        var path = Path.Combine(dir, "huge.fountain");
        using (var f = File.Create(path)) f.SetLength(50L * 1024 * 1024);
        var watch = Stopwatch.StartNew();
        var d = Rejects(path);
        Assert.True(watch.ElapsedMilliseconds < 1000, $"took {watch.ElapsedMilliseconds} ms");
        Assert.Contains("MB", d.Message);
    }

    [Fact]
    public void Random_bytes_never_crash_or_hang_the_loader()
    {
        var rng = Pcg32.For(7, "fuzz");
        var watch = Stopwatch.StartNew();
        for (int n = 0; n < 200; n++)
        {
            var bytes = new byte[rng.Next(4000)];
            for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)(n % 2 == 0 ? rng.Next(256) : " \nINT.EXT/#=>~!@()[]*_^:abcABC\t\r"[rng.Next(31)]);
            var path = Write($"fuzz{n}.fountain", bytes);
            try { Fountain.Load(path); }
            catch (InputException e) { Assert.NotEmpty(e.Diagnostics); }
        }
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void The_parser_stays_fast_on_a_large_pathological_input()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) sb.Append(i % 3 == 0 ? "[[ open\n" : i % 3 == 1 ? "*_ ** _* /* \n" : "ADA\n");
        var watch = Stopwatch.StartNew();
        var doc = FountainParser.Parse(sb.ToString(), "big");
        ScreenplayBuilder.Build(doc);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
