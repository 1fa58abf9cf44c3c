using Kinora.Core;

namespace Kinora.Direction.Tests;

public sealed class ShotListYamlTests
{
    static readonly FakeWorld World = FakeWorld.Film();
    static readonly ShotList Plan = Director.Plan(World);
    static readonly string Text = ShotListYaml.Write(Plan);

    static int LineOf(string text, string fragment, int occurrence = 1)
    {
        var lines = text.Split('\n');
        int seen = 0;
        for (int i = 0; i < lines.Length; i++)
            if (lines[i].Contains(fragment) && ++seen == occurrence) return i + 1;
        throw new InvalidOperationException(fragment);
    }

    static InputException Fails(string text) => Assert.Throws<InputException>(() => ShotListYaml.Parse(text, "shots.yaml"));

    [Fact]
    public void Round_trip_is_lossless()
    {
        var read = ShotListYaml.Parse(Text, "shots.yaml");
        Assert.Equal(Plan.Shots.Length, read.Shots.Length);
        for (int i = 0; i < Plan.Shots.Length; i++)
        {
            var (a, b) = (Plan.Shots[i], read.Shots[i]);
            Assert.Equal(a with { Subjects = [] }, b with { Subjects = [] });
            Assert.Equal(a.Subjects.ToArray(), b.Subjects.ToArray());
        }
        Assert.Equal(Text, ShotListYaml.Write(read));
    }

    [Fact]
    public void Awkward_text_survives_the_round_trip()
    {
        var shot = Plan.Shots[0] with { Reason = "she says: \"no\" # not a comment\n- twice", Subjects = ["O'BRIEN", "yes", "3"] };
        var list = new ShotList([shot with { End = Plan.Shots[^1].End }]);
        var read = ShotListYaml.Parse(ShotListYaml.Write(list), "shots.yaml");
        Assert.Equal(shot.Reason, read.Shots[0].Reason);
        Assert.Equal(shot.Subjects.ToArray(), read.Shots[0].Subjects.ToArray());
    }

    [Fact]
    public void An_unknown_key_is_reported_at_its_line_with_a_suggestion()
    {
        string bad = Text.Replace("  lens_mm: 21", "  lense_mm: 21");
        var e = Fails(bad);
        var d = Assert.Single(e.Diagnostics, x => x.Message.Contains("unknown key"));
        Assert.Equal(LineOf(bad, "lense_mm"), d.Where.Line);
        Assert.Equal(3, d.Where.Column);
        Assert.Contains("lens_mm", d.Message);
        Assert.Equal("shots.yaml", d.Where.File);
    }

    [Fact]
    public void A_wrong_type_is_reported_at_the_value()
    {
        string bad = ReplaceNth(Text, "  aperture: ", "  aperture: wide open # ", 2);
        var d = Assert.Single(Fails(bad).Diagnostics);
        Assert.Equal(LineOf(bad, "wide open"), d.Where.Line);
        Assert.Contains("f-number", d.Message);
    }

    [Fact]
    public void An_unknown_size_lists_the_sizes()
    {
        string bad = ReplaceNth(Text, "  size: medium\n", "  size: mediumish\n", 1);
        var d = Assert.Single(Fails(bad).Diagnostics);
        Assert.Equal(LineOf(bad, "mediumish"), d.Where.Line);
        Assert.Contains("medium-close", d.Message);
    }

    [Fact]
    public void Out_of_range_values_are_reported()
    {
        string bad = ReplaceNth(Text, "  angle: ", "  angle: 400 #", 1);
        var d = Assert.Single(Fails(bad).Diagnostics);
        Assert.Equal(LineOf(bad, "angle: 400"), d.Where.Line);
        Assert.Contains("-180 to 180", d.Message);
    }

    [Fact]
    public void Overlapping_and_gapped_shots_are_reported_at_the_start_that_breaks_the_tiling()
    {
        var shots = Plan.Shots;
        string overlap = Text.Replace($"start: {shots[2].Start}\n", $"start: {shots[2].Start - 1}\n");
        var d = Assert.Single(Fails(overlap).Diagnostics);
        Assert.Equal(LineOf(overlap, $"start: {shots[2].Start - 1}"), d.Where.Line);
        Assert.Contains("overlap", d.Message);
        Assert.Contains($"start: {shots[1].End}", d.Message);

        string gap = Text.Replace($"start: {shots[2].Start}\n", $"start: {shots[2].Start + 0.5}\n");
        Assert.Contains("gap", Assert.Single(Fails(gap).Diagnostics).Message);
    }

    [Fact]
    public void Broken_yaml_is_reported_at_the_line_it_breaks()
    {
        string bad = ReplaceNth(Text, "  subjects: [ADA, BEN]", "  subjects: [ADA, BEN", 1);
        var d = Assert.Single(Fails(bad).Diagnostics);
        int broken = LineOf(bad, "[ADA, BEN");
        Assert.InRange(d.Where.Line, broken, broken + 1);
        Assert.Contains("YAML", d.Message);
    }

    [Fact]
    public void A_missing_key_and_a_duplicate_id_are_both_reported()
    {
        string bad = ReplaceNth(Text, "  height: ", "  # height: ", 1).Replace("id: s001-03", "id: s001-02");
        var e = Fails(bad);
        Assert.Contains(e.Diagnostics, d => d.Message.Contains("no 'height'"));
        Assert.Contains(e.Diagnostics, d => d.Message.Contains("used twice") && d.Where.Line == LineOf(bad, "id: s001-02", 2));
    }

    [Fact]
    public void Sizes_may_be_written_the_way_a_crew_says_them()
    {
        string loose = ReplaceNth(Text, "  size: medium\n", "  size: MCU\n", 1);
        var read = ShotListYaml.Parse(loose, "shots.yaml");
        Assert.Contains(read.Shots, s => s.Size == ShotSize.MediumClose);
    }

    [Fact]
    public void Save_writes_through_a_temporary_file()
    {
        string dir = Path.Combine(Path.GetTempPath(), "kinora-shots-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, ShotListYaml.FileName);
        ShotListYaml.Save(Plan, path);
        Assert.False(File.Exists(path + ".tmp"));
        Assert.Equal(Text, File.ReadAllText(path));
        Assert.Equal(Plan.Shots.Length, ShotListYaml.Read(path).Shots.Length);
        Directory.Delete(dir, true);
    }

    [Fact]
    public void A_persons_edits_win_while_they_still_tile_the_film()
    {
        var edited = ShotListYaml.Parse(Text.Replace("size: extreme-wide", "size: wide"), "shots.yaml");
        var merge = ShotListMerge.Resolve(Plan, edited, World.Production);
        Assert.True(merge.KeptEdits);
        Assert.Equal(ShotSize.Wide, merge.Shots.Shots[0].Size);

        var longer = FakeWorld.Film(blocks: 2);
        var stale = ShotListMerge.Resolve(Director.Plan(longer), edited, longer.Production);
        Assert.False(stale.KeptEdits);
        Assert.Contains("film now runs", stale.Note);
        Assert.Equal(longer.Production.Duration, stale.Shots.Shots[^1].End);
    }

    [Fact]
    public void A_last_cut_a_hair_off_the_end_is_re_timed_onto_it()
    {
        var shots = Plan.Shots;
        var edited = new ShotList(shots.SetItem(shots.Length - 1, shots[^1] with { End = shots[^1].End - 0.01 }));
        var merge = ShotListMerge.Resolve(Plan, edited, World.Production);
        Assert.True(merge.KeptEdits);
        Assert.Equal(World.Production.Duration, merge.Shots.Shots[^1].End);
        Assert.Equal(World.Production.Duration, ShotListYaml.Merge(Plan, edited, World.Production.Duration).Shots[^1].End);
    }

    [Fact]
    public void A_shot_running_across_a_scene_boundary_is_not_kept()
    {
        var shots = Plan.Shots;
        int last = shots.IndexOf(shots.Last(s => s.Scene == 0));
        var edited = new ShotList(shots.SetItem(last, shots[last] with { End = shots[last].End + 2 }).SetItem(last + 1, shots[last + 1] with { Start = shots[last].End + 2 }));
        var merge = ShotListMerge.Resolve(Plan, edited, World.Production);
        Assert.False(merge.KeptEdits);
        Assert.Contains("outside scene", merge.Note);
    }

    static string ReplaceNth(string text, string what, string with, int n)
    {
        int at = -1;
        for (int i = 0; i < n; i++) at = text.IndexOf(what, at + 1, StringComparison.Ordinal);
        Assert.True(at >= 0, what);
        return text[..at] + with + text[(at + what.Length)..];
    }
}
