using Kinora.Core;

namespace Kinora.Production.Tests;

public sealed class BibleYamlTests
{
    [Fact]
    public void A_written_bible_reads_back_the_same()
    {
        var bible = ProductionPlanner.Plan(Screenplays.Keeper(), null, new PlanRequest(9, 45, new FilmFormat(640, 360, 25))).Bible;
        string text = BibleYaml.Write(bible);
        var back = BibleYaml.Parse(text, "bible.yaml");
        Assert.Equal(text, BibleYaml.Write(back));
        Assert.Equal(45, back.Duration);
        Assert.Equal(new FilmFormat(640, 360, 25), back.Format);
    }

    [Fact]
    public void A_bible_in_the_folder_keeps_its_cast_when_replanned()
    {
        var first = ProductionPlanner.Plan(Screenplays.Keeper(), null, new PlanRequest(9, null)).Bible;
        var edited = first with { Cast = [first.Cast[0] with { TopColour = new Rgb(10, 200, 10) }, first.Cast[1]] };
        var again = ProductionPlanner.Plan(Screenplays.Keeper(), edited, new PlanRequest(9, null)).Bible;
        Assert.Equal(new Rgb(10, 200, 10), again.Member("ADA")!.TopColour);
    }

    [Theory]
    [InlineData("title: x\ncolour: red\n", 2, "unknown key 'colour'")]
    [InlineData("title: x\nformat:\n  width: wide\n", 3, "whole number")]
    [InlineData("title: x\nformat:\n  width: 99999\n", 3, "between 16 and 7680")]
    [InlineData("title: x\nstyle:\n  look: sepia\n", 3, "unknown look 'sepia'")]
    [InlineData("cast:\n  - name: ADA\n    age: 40\n    skin: pink\n", 4, "colour like")]
    [InlineData("locations:\n  - name: X\n    kind: moon\n", 3, "unknown location kind 'moon'")]
    [InlineData("title: [unclosed\n", 2, "not valid YAML")]
    public void Bad_bibles_say_where_and_what(string yaml, int line, string message)
    {
        var e = Assert.Throws<InputException>(() => BibleYaml.Parse(yaml, "bible.yaml"));
        var d = e.Diagnostics[0];
        Assert.Equal("bible.yaml", d.Where.File);
        Assert.Equal(line, d.Where.Line);
        Assert.True(d.Where.Column >= 1);
        Assert.Contains(message, d.Message);
    }
}
